// what: Array.Sort with a comparer, a Comparison, keys and items; Array.IndexOf; 2D arrays
// input: 
// expected: "kiwi,fig,apple|apple,fig,kiwi|b,c,a|10"
var words = new[] { "apple", "kiwi", "fig" };
Array.Sort(words, StringComparer.Ordinal);
Array.Sort(words, (x, y) => y.CompareTo(x));
var desc = string.Join(",", words);
Array.Sort(words, Comparer<string>.Create((x, y) => string.CompareOrdinal(x, y)));
var keys = new[] { 3, 1, 2 };
var items = new[] { "a", "b", "c" };
Array.Sort(keys, items);
var grid = new int[2, 3];
for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) grid[i, j] = i + j;
int total = 0;
foreach (var v in grid) total += v;
return $"{desc}|{string.Join(",", words)}|{string.Join(",", items)}|{total + 1}";
