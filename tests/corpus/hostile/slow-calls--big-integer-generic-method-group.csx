// class: slow-calls
// expected: timeout
// why: T.DivRem as a method group made a delegate in a generic-math method, a 200-million-bit number divided by one of 100 million bits: the call is the delegate's, not the interface member's (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 200_000_000) - 1;
var y = (System.Numerics.BigInteger.One << 100_000_000) - 3;
return Quotient(x, y).IsZero;
static T Quotient<T>(T x, T y) where T : System.Numerics.IBinaryInteger<T> { System.Func<T, T, (T, T)> divRem = T.DivRem; return divRem(x, y).Item1; }
