// class: memory
// expected: memory_limit
// why: one group in a loop records a capture per iteration: IsMatch of "(a)*$" over 10 million characters (was 1.3 GB in one call).
using System.Text.RegularExpressions;
var input = new string('a', 10_000_000);
return Regex.IsMatch(input, "(a)*$");
