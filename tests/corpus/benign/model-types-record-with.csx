// what: records with with-expressions and value equality
// input: 
// expected: "True False Point { X = 1, Y = 5 }"
record Point(int X, int Y);
var p = new Point(1, 2);
var q = p with { Y = 5 };
return $"{p == new Point(1, 2)} {p == q} {q}";
