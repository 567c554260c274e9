// class: slow-calls
// expected: timeout
// why: 400,000 longs x | (x << 32), which all hash to 0 (the default hash of a long is not randomized), given to new HashSet<long>(keys) in one call: quadratic work with no checkpoint (before: the run ended timeout with its thread abandoned, still comparing); now each key's insertion is followed by a checkpoint and the run ends at the deadline.
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
return new HashSet<long>(keys).Count;
