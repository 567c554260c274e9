// class: slow-calls
// expected: timeout
// why: a 20-million-bit BigInteger written to the console: the writer formats it, in time quadratic in its length (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 20_000_000) - 1;
Console.WriteLine(x);
return 0;
