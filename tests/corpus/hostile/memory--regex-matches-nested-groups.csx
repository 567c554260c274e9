// class: memory
// expected: memory_limit
// why: Matches(...).Count keeps every match with its 5,000 nested groups (was an abandoned thread past 4 GB).
using System.Text.RegularExpressions;
var pattern = new string('(', 5000) + "a" + new string(')', 5000);
var input = new string('a', 100_000);
return Regex.Matches(input, pattern).Count;
