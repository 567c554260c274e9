// class: slow-calls
// expected: timeout
// why: a BigInteger squared in a loop: each squaring takes about three times the one before, and the one that cannot finish in the time left is refused before it starts (before: the run abandoned at its deadline, its thread still computing).
var x = new System.Numerics.BigInteger(3);
for (int i = 0; i < 40; i++) x = System.Numerics.BigInteger.Multiply(x, x);
return x.IsZero;
