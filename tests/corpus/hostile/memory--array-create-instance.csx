// class: memory
// expected: memory_limit
// why: Array.CreateInstance with dimensions whose product is past the budget.
return Array.CreateInstance(typeof(long), 100_000, 10_000).Length;
