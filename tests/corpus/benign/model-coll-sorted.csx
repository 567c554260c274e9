// what: SortedDictionary and SortedSet ordering, Min, Max, GetViewBetween
// input: 
// expected: "a:1 b:2 c:3|1 9|3,5"
var sd = new SortedDictionary<string, int> { ["c"] = 3, ["a"] = 1, ["b"] = 2 };
var ss = new SortedSet<int> { 9, 1, 5, 3 };
var view = ss.GetViewBetween(2, 6);
return $"{string.Join(" ", sd.Select(kv => $"{kv.Key}:{kv.Value}"))}|{ss.Min} {ss.Max}|{string.Join(",", view)}";
