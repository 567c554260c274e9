// class: memory
// expected: memory_limit
// why: EnsureCapacity of half a billion on a HashSet.
return new HashSet<long>().EnsureCapacity(500_000_000);
