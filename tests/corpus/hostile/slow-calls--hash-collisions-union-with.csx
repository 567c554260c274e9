// class: slow-calls
// expected: timeout
// why: A List<long> of 400,000 keys that all hash to 0 merged into a set by one UnionWith (before: abandoned at the deadline).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
var set = new HashSet<long>();
set.UnionWith(new List<long>(keys));
return set.Count;
