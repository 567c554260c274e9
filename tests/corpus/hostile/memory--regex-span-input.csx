// class: memory
// expected: memory_limit
// why: the span overloads record captures as the string ones do: IsMatch of "(a)*$" over a span of 10 million characters (was 1.3 GB in one call).
using System.Text.RegularExpressions;
var input = new string('a', 10_000_000);
return Regex.IsMatch(input.AsSpan(), "(a)*$");
