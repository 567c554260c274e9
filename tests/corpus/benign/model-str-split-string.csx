// what: Split by a string separator and count
// input: 
// expected: 3
var text = "one -> two -> three";
var steps = text.Split(" -> ");
return steps.Length;
