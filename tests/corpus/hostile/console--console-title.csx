// class: console
// expected: rejected
// why: console title; the gate refuses it (COC0008 or a gate check) before anything runs.
Console.Title = "x";
return 0;
