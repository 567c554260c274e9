// what: top-level return of a dictionary of lists
// input: 
// expected: {"odd":[1,3],"even":[2]}
var d = new Dictionary<string, List<int>> { ["odd"] = new() { 1, 3 }, ["even"] = new() { 2 } };
return d;
