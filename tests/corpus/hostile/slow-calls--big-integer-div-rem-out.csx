// class: slow-calls
// expected: timeout
// why: BigInteger.DivRem(x, y, out r) of a 200-million-bit number by one of 100 million bits: one division of minutes, within the memory budget (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 200_000_000) - 1;
var y = (System.Numerics.BigInteger.One << 100_000_000) - 3;
var q = System.Numerics.BigInteger.DivRem(x, y, out var r);
return q.IsZero || r.IsZero;
