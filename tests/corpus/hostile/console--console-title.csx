// class: console
// expected: rejected COC0008
// why: console title; the gate refuses it (COC0008) before anything runs.
Console.Title = "x";
return 0;
