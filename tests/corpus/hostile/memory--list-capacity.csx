// class: memory
// expected: memory_limit
// why: a List capacity of half a billion longs.
return new List<long>(500_000_000).Capacity;
