// class: console
// expected: rejected
// why: console set in; the gate refuses it (COC0008 or a gate check) before anything runs.
Console.SetIn(new System.IO.StringReader(""));
return 0;
