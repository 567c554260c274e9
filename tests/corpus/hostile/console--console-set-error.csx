// class: console
// expected: rejected
// why: console set error; the gate refuses it (COC0008 or a gate check) before anything runs.
Console.SetError(System.IO.TextWriter.Null);
return 0;
