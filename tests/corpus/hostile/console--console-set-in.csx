// class: console
// expected: rejected COC0008
// why: console set in; the gate refuses it (COC0008) before anything runs.
Console.SetIn(new System.IO.StringReader(""));
return 0;
