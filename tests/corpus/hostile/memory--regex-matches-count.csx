// class: memory
// expected: memory_limit
// why: Matches(...).Count keeps a Match object per match, groups or not: 10 million one-character matches (was 2.4 GB in one call).
using System.Text.RegularExpressions;
var input = new string('a', 10_000_000);
return Regex.Matches(input, "a").Count;
