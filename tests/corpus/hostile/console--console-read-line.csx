// class: console
// expected: rejected
// why: console read line; the gate refuses it (COC0008 or a gate check) before anything runs.
return Console.ReadLine();
