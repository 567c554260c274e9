// class: slow-calls
// expected: timeout
// why: T.DivRem of a 200-million-bit number by one of 100 million bits in a generic-math method (T : IBinaryInteger<T>): one division of minutes (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 200_000_000) - 1;
var y = (System.Numerics.BigInteger.One << 100_000_000) - 3;
return Quotient(x, y).IsZero;
static T Quotient<T>(T x, T y) where T : System.Numerics.IBinaryInteger<T> => T.DivRem(x, y).Quotient;
