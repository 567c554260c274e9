// class: slow-calls
// expected: timeout
// why: 18 million digits parsed by T.Parse(s, styles, provider) in a generic-math method (T : INumberBase<T>): the interface's member, not BigInteger.Parse, so no number-text check (before: the run abandoned at its deadline, its thread still computing).
var digits = new string('7', 9_000_000);
digits += digits;
return Parse<System.Numerics.BigInteger>(digits).IsZero;
static T Parse<T>(string s) where T : System.Numerics.INumberBase<T> => T.Parse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture);
