// class: memory
// expected: memory_limit
// why: Enumerable.Repeat sized far past the budget, materialized by ToArray.
return Enumerable.Repeat(0L, 400_000_000).ToArray().Length;
