// what: ImmutableArray and ImmutableList
// input: 
// expected: "1,2,3,4|3"
using System.Collections.Immutable;
var arr = ImmutableArray.Create(1, 2, 3);
var more = arr.Add(4);
var il = ImmutableList<string>.Empty.Add("a").Add("b").Add("c");
return $"{string.Join(",", more)}|{il.Count}";
