// class: memory
// expected: rejected COC0011
// why: Enumerable.InfiniteSequence materialized by one library call: no checkpoint, 16 GB of longs (off the allowed surface).
return Enumerable.InfiniteSequence(0L, 1L).Take(int.MaxValue).ToArray().Length;
