// class: console
// expected: rejected COC0008
// why: console clear; the gate refuses it (COC0008) before anything runs.
Console.Clear();
return 0;
