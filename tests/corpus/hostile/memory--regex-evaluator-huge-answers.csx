// class: memory
// expected: memory_limit
// why: a MatchEvaluator that answers one 10-million-character string at each of 100 matches: Replace joins them after the last match (was 2 GB in one call).
using System.Text.RegularExpressions;
var big = new string('x', 10_000_000);
return Regex.Replace(new string('a', 100), "a", m => big).Length;
