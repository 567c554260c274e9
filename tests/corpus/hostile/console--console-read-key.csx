// class: console
// expected: rejected
// why: console read key; the gate refuses it (COC0008 or a gate check) before anything runs.
return Console.ReadKey().KeyChar;
