// class: slow-calls
// expected: timeout
// why: the decimal text of a 20-million-bit BigInteger through a generic method that formats any IFormattable: ToString(format, provider) on a type parameter, in time quadratic in its length (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 20_000_000) - 1;
return Text(x).Length;
static string Text<T>(T value) where T : IFormattable => value.ToString("D", null);
