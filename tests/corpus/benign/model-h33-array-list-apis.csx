// what: Array and List<T> helpers: Array.Sort with keys, Fill, Resize, Copy, ConvertAll, TrueForAll, FindIndex/FindLastIndex, List.RemoveAll, BinarySearch, InsertRange, Reverse
// input: 
// expected: "eli,gus,dan,fay 7777700 27,34,52,0 ELIGUSDANFAY True 2 1 6 7 -9 200,100,1,2 1,2,4 0 True"
int[] ages = [34, 19, 52, 27];
string[] names = ["dan", "eli", "fay", "gus"];
Array.Sort(ages, names);
var filled = new int[5];
Array.Fill(filled, 7);
Array.Resize(ref filled, 7);
var copy = new int[4];
Array.Copy(ages, 1, copy, 0, 3);
string[] upper = Array.ConvertAll(names, n => n.ToUpperInvariant());
bool adults = Array.TrueForAll(ages, a => a >= 18);
int firstOver30 = Array.FindIndex(ages, a => a > 30);
int lastUnder30 = Array.FindLastIndex(ages, a => a < 30);

var list = Enumerable.Range(1, 20).ToList();
int removed = list.RemoveAll(x => x % 3 == 0);
int found = list.BinarySearch(11);
int missing = list.BinarySearch(12);
list.InsertRange(0, [100, 200]);
list.Reverse(0, 2);
list.RemoveRange(list.Count - 5, 5);
var half = list.GetRange(2, 3);
return $"{string.Join(",", names)} {string.Join("", filled)} {string.Join(",", copy)} {string.Join("", upper)} {adults} {firstOver30} {lastUnder30} {removed} {found} {missing} {string.Join(",", list.Take(4))} {string.Join(",", half)} {list.IndexOf(200)} {list.Exists(x => x > 150)}";
