// class: memory
// expected: memory_limit
// why: an array of 64-byte structs: ten million elements are 640 MB at the struct's real size.
struct Wide { public long A, B, C, D, E, F, G, H; }
return new Wide[10_000_000].Length;
