// class: console
// expected: rejected COC0008
// why: console hijack; the gate refuses it (COC0008) before anything runs.
Console.SetOut(new System.IO.StringWriter());
