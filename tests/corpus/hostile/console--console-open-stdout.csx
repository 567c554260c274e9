// class: console
// expected: rejected COC0008
// why: console open stdout; the gate refuses it (COC0008) before anything runs.
using var s = Console.OpenStandardOutput();
return 0;
