// class: memory
// expected: memory_limit
// why: Match.Result with a replacement of 100 $0 over a match of 10 million characters: each reference copies the match again, 2 GB in one call; refused before the call by the replacement's references times the match's longest group (before: not checked, 2 GB allocated, caught at the next checkpoint).
using System.Text.RegularExpressions;
var m = Regex.Match(new string('a', 10_000_000), "a+");
var replacement = string.Concat(Enumerable.Repeat("$0", 100));
return m.Result(replacement).Length;
