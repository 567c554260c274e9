// class: slow-calls
// expected: timeout
// why: 400,000 value tuples (x | (x << 32), 0) hash alike (HashCode.Combine of equal hashes), into ToHashSet() (before: abandoned at the deadline).
var keys = new (long, int)[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = (i | (i << 32), 0); }
return keys.ToHashSet().Count;
