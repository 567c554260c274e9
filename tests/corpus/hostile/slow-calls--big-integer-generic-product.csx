// class: slow-calls
// expected: timeout
// why: a 50-million-bit BigInteger squared by checked(x * x) in a generic-math method (T : INumber<T>): the operator is the interface's, not BigInteger's (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 50_000_000) - 1;
return Square(x).IsZero;
static T Square<T>(T value) where T : System.Numerics.INumber<T> => checked(value * value);
