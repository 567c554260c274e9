// class: memory
// expected: memory_limit
// why: an instance's IsMatch made a delegate and given to Where: "(a)*$" over 10 million characters (the argument checks saw calls, not delegates).
using System.Text.RegularExpressions;
var r = new Regex("(a)*$");
var words = new[] { new string('a', 10_000_000) };
return words.Where(new Func<string, bool>(r.IsMatch)).Count();
