// what: List Sort with comparison, BinarySearch, RemoveAll, FindIndex, Insert, ConvertAll
// input: 
// expected: "9,5,3,1|2|1|x9"
var list = new List<int> { 5, 1, 9, 3, 4 };
list.RemoveAll(x => x % 2 == 0);
list.Sort((a, b) => b.CompareTo(a));
var asc = new List<int>(list); asc.Sort();
int pos = asc.BinarySearch(5);
int idx = list.FindIndex(x => x < 9);
var strs = list.ConvertAll(x => "x" + x);
return $"{string.Join(",", list)}|{pos}|{idx}|{strs[0]}";
