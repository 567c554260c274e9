// what: Dictionary TryGetValue, ContainsKey, Remove, foreach over KeyValuePair, deconstruct
// input: 
// expected: "apple=3,cherry=1"
var counts = new Dictionary<string, int>();
foreach (var w in "apple banana apple cherry apple banana".Split(' '))
{
    counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1;
}
counts.Remove("banana");
var parts = new List<string>();
foreach (var (k, v) in counts.OrderBy(kv => kv.Key)) parts.Add($"{k}={v}");
return string.Join(",", parts);
