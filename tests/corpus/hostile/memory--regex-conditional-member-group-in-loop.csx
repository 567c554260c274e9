// class: memory
// expected: memory_limit
// why: a regex call at the end of a ?. chain whose receiver starts with a member binding (holder?.R.IsMatch): "(a)*$" over 10 million characters captures at every position; the call goes through the guard's extension and its group is counted before it runs (before: the receiver could not be held, no group was counted, 1.3 GB in one call).
using System.Text.RegularExpressions;
var holder = new Holder();
return holder?.R.IsMatch(new string('a', 10_000_000));
class Holder { public Regex R = new Regex("(a)*$"); }
