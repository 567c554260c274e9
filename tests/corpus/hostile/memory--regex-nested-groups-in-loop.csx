// class: memory
// expected: memory_limit
// why: 64 nested groups in a loop, each capturing at every character, on an instance: one IsMatch over a million characters (was 3.5 GB in one call).
using System.Text.RegularExpressions;
var regex = new Regex("(" + new string('(', 63) + "a" + new string(')', 63) + ")*");
return regex.IsMatch(new string('a', 1_000_000));
