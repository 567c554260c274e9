// class: slow-calls
// expected: timeout
// why: the decimal text of a 20-million-bit BigInteger: ToString takes time quadratic in its length, minutes in one call, for 12 MB of text (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 20_000_000) - 1;
return x.ToString().Length;
