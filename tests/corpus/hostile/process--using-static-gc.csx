// class: process
// expected: rejected COC0002
// why: GC.Collect called unqualified through using static.
using static System.GC;
Collect();
return 1;
