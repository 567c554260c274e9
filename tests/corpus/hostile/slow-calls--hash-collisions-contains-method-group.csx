// class: slow-calls
// expected: timeout
// why: A set of 20,000 keys that hash to 0 (built in the script's loop), then keys.Count(set.Contains) over 400,000 of them: the method group is library code, each call walks the whole chain, and the Count is one call (before: abandoned at the deadline).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
var set = new HashSet<long>();
for (int i = 0; i < 20_000; i++) { set.Add(keys[i]); }
return keys.Count(set.Contains);
