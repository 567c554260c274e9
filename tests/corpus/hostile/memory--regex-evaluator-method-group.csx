// class: memory
// expected: memory_limit
// why: an instance's Replace with a MatchEvaluator, itself made a delegate: 100 answers of 10 million characters (was 2 GB, then timeout).
using System.Text.RegularExpressions;
var big = new string('x', 10_000_000);
Func<string, MatchEvaluator, string> replace = new Regex("a").Replace;
return replace(new string('a', 100), m => big).Length;
