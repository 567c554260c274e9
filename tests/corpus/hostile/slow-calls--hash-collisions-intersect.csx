// class: slow-calls
// expected: timeout
// why: Doubles whose bits are x | (x << 32) hash to 0 too: Intersect of two such sequences of 400,000 (before: abandoned at the deadline).
var keys = new double[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = BitConverter.Int64BitsToDouble(i | (i << 32)); }
return keys.Intersect(keys.Reverse()).Count();
