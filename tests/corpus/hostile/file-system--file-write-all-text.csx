// class: file-system
// expected: rejected COC0001
// why: file write all text; the gate refuses it (COC0001) before anything runs.
System.IO.File.WriteAllText("/tmp/owned", "x");
return 0;
