// class: console
// expected: rejected COC0008
// why: console open stdin; the gate refuses it (COC0008) before anything runs.
using var s = Console.OpenStandardInput();
return 0;
