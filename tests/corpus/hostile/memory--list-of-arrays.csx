// class: memory
// expected: memory_limit
// why: allocates without end; the allocation budget stops it.
var hoard = new List<long[]>();
while (true) { hoard.Add(new long[1_000_000]); }
