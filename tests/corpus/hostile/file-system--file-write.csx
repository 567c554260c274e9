// class: file-system
// expected: rejected
// why: file write; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.File.AppendAllText("/tmp/owned", "x");
