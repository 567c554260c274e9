// class: slow-calls
// expected: timeout
// why: FrozenSet<long> s = [.. keys] over 400,000 keys that hash to 0: the collection builder gets every key in one span; the set is made by ToFrozenSet of the keys as a sequence instead, a checkpoint per key (before: abandoned at the deadline).
using System.Collections.Frozen;
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
FrozenSet<long> set = [.. keys];
return set.Count;
