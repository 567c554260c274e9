// class: console
// expected: rejected
// why: console open stdout; the gate refuses it (COC0008 or a gate check) before anything runs.
using var s = Console.OpenStandardOutput();
return 0;
