// what: Array.Fill, Copy, Resize, IndexOf, Exists, Find, TrueForAll, Array.Empty, ConvertAll
// input: 
// expected: "7,7,7,0,0|2|True|8|False"
var a = new int[5];
Array.Fill(a, 7, 0, 3);
var b = new int[6];
Array.Copy(a, b, 5);
Array.Resize(ref b, 5);
int idx = Array.IndexOf(new[] { 4, 6, 8 }, 8);
bool exists = Array.Exists(new[] { 1, 2 }, x => x == 2);
int found = Array.Find(new[] { 3, 8, 9 }, x => x % 2 == 0);
bool all = Array.TrueForAll(new[] { 1, 2 }, x => x > 1);
var empty = Array.Empty<string>();
return $"{string.Join(",", b)}|{idx}|{exists}|{found}|{all}";
