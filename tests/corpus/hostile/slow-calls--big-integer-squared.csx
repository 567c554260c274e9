// class: slow-calls
// expected: timeout
// why: a 50-million-bit BigInteger squared by a compound assignment: one multiplication of minutes, within the memory budget (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 50_000_000) - 1;
x *= x;
return x.IsZero;
