// class: memory
// expected: memory_limit
// why: the static Regex.Split as a method group given to Zip: 5,000 nested groups over 100,000 characters (was 663 MB and an abandoned thread).
using System.Text.RegularExpressions;
var words = new[] { new string('a', 100_000) };
var patterns = new[] { new string('(', 5000) + "a" + new string(')', 5000) };
return words.Zip(patterns, Regex.Split).Sum(p => p.Length);
