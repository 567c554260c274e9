// class: memory
// expected: memory_limit
// why: a BigInteger shifted by two billion bits.
return (System.Numerics.BigInteger.One << 2_000_000_000).IsZero;
