// class: file-system
// expected: rejected COC0001
// why: file write; the gate refuses it (COC0001) before anything runs.
System.IO.File.AppendAllText("/tmp/owned", "x");
