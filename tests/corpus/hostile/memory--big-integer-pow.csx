// class: memory
// expected: memory_limit
// why: BigInteger.Pow with an exponent of a billion.
return System.Numerics.BigInteger.Pow(10, 1_000_000_000).IsZero;
