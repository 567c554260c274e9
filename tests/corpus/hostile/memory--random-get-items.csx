// class: memory
// expected: memory_limit
// why: Random.GetItems with a count of 900 million.
return Random.Shared.GetItems(new[] { 1, 2 }, 900_000_000).Length;
