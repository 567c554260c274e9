// class: console
// expected: rejected COC0008
// why: console set error; the gate refuses it (COC0008) before anything runs.
Console.SetError(System.IO.TextWriter.Null);
return 0;
