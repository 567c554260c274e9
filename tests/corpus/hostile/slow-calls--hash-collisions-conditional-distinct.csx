// class: slow-calls
// expected: timeout
// why: keys?.Distinct() over 400,000 keys that hash to 0: the extension's receiver sits in a ?. chain and cannot leave it, so it passes its checkpoints through the guard's extension __cocKeys (before: abandoned at the deadline).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
return keys?.Distinct().Count();
