// what: LINQ Chunk and sums
// input: 
// expected: "6|15|7"
var nums = Enumerable.Range(1, 7).ToArray();
var sums = nums.Chunk(3).Select(c => c.Sum());
return string.Join("|", sums);
