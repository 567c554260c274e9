// class: slow-calls
// expected: timeout
// why: BigInteger.Pow(3, 100 million): a 20 MB result the budget allows, but squarings that take minutes in one call; refused before the call, since it cannot finish in the time left (before: the run ended timeout with its thread abandoned, still squaring).
return System.Numerics.BigInteger.Pow(3, 100_000_000).IsZero;
