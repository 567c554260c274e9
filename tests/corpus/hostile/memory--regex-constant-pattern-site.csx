// class: memory
// expected: memory_limit
// why: a static IsMatch with a constant pattern of 64 nested groups in a loop, at its call site: one call over a million characters (was 3.5 GB).
using System.Text.RegularExpressions;
return Regex.IsMatch(new string('a', 1_000_000), "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))*");
