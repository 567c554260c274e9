// class: console
// expected: rejected COC0008
// why: console read line; the gate refuses it (COC0008) before anything runs.
return Console.ReadLine();
