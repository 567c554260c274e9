// class: slow-calls
// expected: timeout
// why: BigInteger.Parse of 18 million digits: 36 MB of text the budget allows, parsed in one call of minutes (before: the run abandoned at its deadline, its thread still computing).
var digits = new string('7', 9_000_000);
digits += digits;
return System.Numerics.BigInteger.Parse(digits).IsZero;
