// class: slow-calls
// expected: timeout
// why: keys.Distinct().Count() of 400,000 longs that all hash to 0 (before: abandoned at the deadline, still comparing).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
return keys.Distinct().Count();
