// class: memory
// expected: memory_limit
// why: Regex.Split keeps every captured group of every match: 5,000 nested groups over 100,000 characters (was 1.8 GB in one call, ended by the regex timeout).
using System.Text.RegularExpressions;
var pattern = new string('(', 5000) + "a" + new string(')', 5000);
var input = new string('a', 100_000);
return Regex.Split(input, pattern).Length;
