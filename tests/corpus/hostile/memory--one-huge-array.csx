// class: memory
// expected: memory_limit
// why: one array far past the budget, refused before it is allocated.
var a = new long[900_000_000];
return a.Length;
