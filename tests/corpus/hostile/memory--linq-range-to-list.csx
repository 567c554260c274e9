// class: memory
// expected: memory_limit
// why: Enumerable.Range sized far past the budget, materialized by ToList.
return Enumerable.Range(0, 400_000_000).ToList().Count;
