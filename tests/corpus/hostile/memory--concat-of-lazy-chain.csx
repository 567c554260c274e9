// class: memory
// expected: memory_limit
// why: string.Concat over a LINQ chain that runs no script code (two repetitions concatenated): 600 million characters in one call.
var big = new string('x', 10_000_000);
return string.Concat(Enumerable.Repeat(big, 30).Concat(Enumerable.Repeat(big, 30))).Length;
