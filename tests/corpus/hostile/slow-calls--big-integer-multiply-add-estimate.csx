// class: slow-calls
// expected: timeout
// why: T.MultiplyAddEstimate(x, x, 0) in a generic-math method: BigInteger's is the interface's default, x * x + 0 inside the library, a 50-million-bit square (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 50_000_000) - 1;
return Square(x).IsZero;
static T Square<T>(T value) where T : System.Numerics.INumberBase<T> => T.MultiplyAddEstimate(value, value, T.Zero);
