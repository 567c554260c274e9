// class: exceptions
// expected: memory_limit
// why: an oversized allocation inside a catch-all: the guard's stop cannot be caught.
try { var a = new long[900_000_000]; return a.Length; } catch (Exception) { return -1; }
