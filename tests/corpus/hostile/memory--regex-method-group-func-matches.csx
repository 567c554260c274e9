// class: memory
// expected: memory_limit
// why: Func<string, MatchCollection> f = r.Matches, then f(...).Count: a match kept per character of 10 million (was 1.25 GB and an abandoned thread).
using System.Text.RegularExpressions;
var r = new Regex("a");
Func<string, MatchCollection> f = r.Matches;
return f(new string('a', 10_000_000)).Count;
