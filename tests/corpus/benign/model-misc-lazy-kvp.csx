// what: Lazy, KeyValuePair.Create, Tuple.Create, Enumerable.Repeat
// input: 
// expected: "42 k=v 1 xxx"
var lazy = new Lazy<int>(() => 6 * 7);
var kv = KeyValuePair.Create("k", "v");
var t = Tuple.Create(1, "a");
var rep = string.Concat(Enumerable.Repeat("x", 3));
return $"{lazy.Value} {kv.Key}={kv.Value} {t.Item1} {rep}";
