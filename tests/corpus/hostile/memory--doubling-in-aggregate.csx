// class: memory
// expected: memory_limit
// why: a string doubled inside a LINQ Aggregate lambda.
return Enumerable.Range(0, 40).Aggregate("x", (s, _) => s + s).Length;
