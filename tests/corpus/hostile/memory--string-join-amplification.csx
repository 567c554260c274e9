// class: memory
// expected: memory_limit
// why: string.Join of one big string repeated: each item is small to create, the result is a gigabyte.
var big = new string('x', 100_000);
return string.Join(",", Enumerable.Repeat(big, 10_000)).Length;
