// class: slow-calls
// expected: timeout
// why: BigInteger.Multiply as a method group given to Aggregate: two 40-million-bit numbers multiplied inside the library's loop (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 40_000_000) - 1;
return new[] { x, x - 2 }.Aggregate(System.Numerics.BigInteger.Multiply).IsZero;
