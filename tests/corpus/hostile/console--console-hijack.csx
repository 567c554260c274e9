// class: console
// expected: rejected
// why: console hijack; the gate refuses it (COC0008 or a gate check) before anything runs.
Console.SetOut(new System.IO.StringWriter());
