// class: memory
// expected: memory_limit
// why: ImmutableArray.CreateBuilder with a capacity of 900 million.
return System.Collections.Immutable.ImmutableArray.CreateBuilder<long>(900_000_000).Capacity;
