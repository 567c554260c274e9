// class: slow-calls
// expected: timeout
// why: BigInteger.ModPow with a million-bit exponent and modulus: a million modular squarings of a million bits, in one call (before: the run abandoned at its deadline, its thread still computing).
var m = (System.Numerics.BigInteger.One << 1_000_000) - 1;
return System.Numerics.BigInteger.ModPow(7, m - 2, m).IsZero;
