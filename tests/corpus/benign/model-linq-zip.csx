// what: LINQ Zip of names and scores, tuples
// input: 
// expected: "ann:3,bob:5,cy:9"
var names = new[] { "ann", "bob", "cy" };
var scores = new List<int> { 3, 5, 9 };
var pairs = names.Zip(scores, (n, s) => $"{n}:{s}");
return string.Join(",", pairs);
