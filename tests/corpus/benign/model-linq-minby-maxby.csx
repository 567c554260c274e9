// what: MinBy MaxBy DistinctBy CountBy
// input: 
// expected: "pear melon 3"
var fruit = new[] { ("apple", 150), ("pear", 120), ("melon", 900), ("apple", 160) };
var lightest = fruit.MinBy(f => f.Item2).Item1;
var heaviest = fruit.MaxBy(f => f.Item2).Item1;
var kinds = fruit.DistinctBy(f => f.Item1).Count();
return $"{lightest} {heaviest} {kinds}";
