// class: slow-calls
// expected: timeout
// why: keys.ToDictionary(k => k) of 400,000 longs that all hash to 0: the key selector is the script's lambda, whose checkpoint before each insertion ends the run at the deadline: the call is left as it is, with its fast path over the array.
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
return keys.ToDictionary(k => k).Count;
