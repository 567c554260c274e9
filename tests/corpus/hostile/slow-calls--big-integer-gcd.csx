// class: slow-calls
// expected: timeout
// why: BigInteger.GreatestCommonDivisor of two random 20-million-bit numbers: quadratic in their length, minutes in one call for 5 MB of operands (before: the run abandoned at its deadline, its thread still computing).
var random = new Random(1);
var a = new byte[2_500_000];
var b = new byte[2_500_000];
random.NextBytes(a);
random.NextBytes(b);
var x = new System.Numerics.BigInteger(a, isUnsigned: true);
var y = new System.Numerics.BigInteger(b, isUnsigned: true);
return System.Numerics.BigInteger.GreatestCommonDivisor(x, y).IsZero;
