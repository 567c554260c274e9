// class: memory
// expected: memory_limit
// why: Replace records the captures of 64 nested groups in a loop over a million characters before it writes anything.
using System.Text.RegularExpressions;
var pattern = "(" + new string('(', 63) + "a" + new string(')', 63) + ")*";
return Regex.Replace(new string('a', 1_000_000), pattern, "$1").Length;
