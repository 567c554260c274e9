// class: memory
// expected: memory_limit
// why: one collection expression spreads a 40 MB array thirty times: 1.2 GB in one allocation, which the compiler fills with no checkpoint (3.8 GB allocated before the stop on main at b8cc54b).
var a = new int[10_000_000];
int[] b = [.. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a, .. a];
return b.Length;
