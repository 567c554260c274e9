// class: slow-calls
// expected: timeout
// why: 18 million digits parsed by T.Parse taken as a method group in a generic-math method (T : INumberBase<T>): the delegate's call sees no text check (before: the run abandoned at its deadline, its thread still computing).
var digits = new string('7', 9_000_000);
digits += digits;
return Parse<System.Numerics.BigInteger>(digits).IsZero;
static T Parse<T>(string s) where T : System.Numerics.INumberBase<T> { System.Func<string, System.Globalization.NumberStyles, IFormatProvider?, T> parse = T.Parse; return parse(s, System.Globalization.NumberStyles.Integer, null); }
