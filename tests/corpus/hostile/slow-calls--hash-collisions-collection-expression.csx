// class: slow-calls
// expected: timeout
// why: A collection expression that spreads 400,000 keys hashing to 0 into a HashSet<long>: the compiler adds them in a loop of its own, with no checkpoint (before: abandoned at the deadline).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
HashSet<long> set = [.. keys];
return set.Count;
