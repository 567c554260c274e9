// class: memory
// expected: memory_limit
// why: a StringBuilder capacity of a gigabyte.
return new StringBuilder(1_000_000_000).Capacity;
