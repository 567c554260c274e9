// class: memory
// expected: memory_limit
// why: an instance's Split of 5,000 nested groups made a delegate and given to Select, over 100,000 characters.
using System.Text.RegularExpressions;
var r = new Regex(new string('(', 5000) + "a" + new string(')', 5000));
var words = new[] { new string('a', 100_000) };
return words.Select(new Func<string, string[]>(r.Split)).Sum(p => p.Length);
