// class: memory
// expected: memory_limit
// why: a Regex subclass calls its own IsMatch without a receiver: "(a)*$" over 10 million characters (its groups were not counted: 1 GB in one call).
using System.Text.RegularExpressions;
return new R().Run(new string('a', 10_000_000));
class R : Regex { public R() : base("(a)*$") { } public bool Run(string s) => IsMatch(s); }
