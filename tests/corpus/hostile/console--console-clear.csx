// class: console
// expected: rejected
// why: console clear; the gate refuses it (COC0008 or a gate check) before anything runs.
Console.Clear();
return 0;
