// class: slow-calls
// expected: timeout
// why: a 20-million-bit BigInteger in an interpolation of one hole: the handler formats it, in time quadratic in its length (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 20_000_000) - 1;
return $"{x}".Length;
