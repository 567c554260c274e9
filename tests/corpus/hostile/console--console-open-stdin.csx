// class: console
// expected: rejected
// why: console open stdin; the gate refuses it (COC0008 or a gate check) before anything runs.
using var s = Console.OpenStandardInput();
return 0;
