// class: memory
// expected: rejected COC0011
// why: Enumerable.Sequence over four billion longs, materialized by one library call (off the allowed surface).
return Enumerable.Sequence(0L, 4_000_000_000L, 1L).Distinct().Count();
