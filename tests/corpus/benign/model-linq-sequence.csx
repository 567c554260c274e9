// what: SequenceEqual, Reverse, Concat, Union, Intersect, Except, Prepend
// input: 
// expected: "True 1,2,3,4,5 3 1,2"
var a = new List<int> { 1, 2, 3 };
var b = new List<int> { 3, 4, 5 };
bool same = a.AsEnumerable().Reverse().Reverse().SequenceEqual(a);
var u = a.Union(b);
var i = a.Intersect(b).Single();
var e = a.Except(b);
return $"{same} {string.Join(",", u)} {i} {string.Join(",", e)}";
