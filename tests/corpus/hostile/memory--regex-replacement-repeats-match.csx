// class: memory
// expected: memory_limit
// why: a replacement of 10,000 $0 at each of 100,000 matches (a billion characters): refused before the call by the replacement's count of group references.
using System.Text.RegularExpressions;
var replacement = string.Concat(Enumerable.Repeat("$0", 10_000));
return Regex.Replace(new string('a', 100_000), "a", replacement).Length;
