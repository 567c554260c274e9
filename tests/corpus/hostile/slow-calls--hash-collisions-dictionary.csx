// class: slow-calls
// expected: timeout
// why: new Dictionary<long, int>(pairs) of 400,000 pairs whose keys all hash to 0 (before: abandoned at the deadline).
var pairs = new KeyValuePair<long, int>[400_000];
for (long i = 0; i < pairs.Length; i++) { pairs[i] = new(i | (i << 32), 0); }
return new Dictionary<long, int>(pairs).Count;
