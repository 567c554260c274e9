// what: SortedSet range views and set algebra, SortedDictionary and SortedList ordering, HashSet subset checks
// input: 
// expected: "66,72,84,91 min=38 max=91 both=38,66,72,84 Apple,banana,cherry gold True True True"
var scores = new SortedSet<int> { 55, 72, 91, 38, 66, 84, 72 };
var passing = scores.GetViewBetween(60, 100);
var evens = new SortedSet<int>(Enumerable.Range(30, 70).Where(x => x % 2 == 0));
var both = new SortedSet<int>(scores);
both.IntersectWith(evens);

var index = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["banana"] = 3, ["Apple"] = 5, ["cherry"] = 1 };
var byRank = new SortedList<int, string> { [3] = "bronze", [1] = "gold", [2] = "silver" };
var small = new HashSet<char>("abc");
var big = new HashSet<char>("abcdef");
return $"{string.Join(",", passing)} min={scores.Min} max={scores.Max} both={string.Join(",", both)} {string.Join(",", index.Keys)} {byRank.Values[0]} {small.IsSubsetOf(big)} {big.IsProperSupersetOf(small)} {small.SetEquals("cba")}";
