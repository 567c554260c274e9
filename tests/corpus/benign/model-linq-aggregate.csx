// what: LINQ Aggregate with seed and result selector
// input: 
// expected: "120 / abc"
var fact = Enumerable.Range(1, 5).Aggregate(1, (acc, x) => acc * x);
var s = new[] { "a", "b", "c" }.Aggregate((x, y) => x + y);
var text = new[] { 1, 2 }.Aggregate(0, (a, b) => a + b, r => r.ToString());
return $"{fact} / {s}";
