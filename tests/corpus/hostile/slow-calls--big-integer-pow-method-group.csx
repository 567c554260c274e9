// class: slow-calls
// expected: timeout
// why: BigInteger.Pow(3, 100 million) through a method group made a delegate: the call's held inputs are not seen, a 20 MB result of squarings that take minutes (before: the run abandoned at its deadline, its thread still computing).
System.Func<System.Numerics.BigInteger, int, System.Numerics.BigInteger> pow = System.Numerics.BigInteger.Pow;
return pow(3, 100_000_000).IsZero;
