// class: file-system
// expected: rejected
// why: file write all text; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.File.WriteAllText("/tmp/owned", "x");
return 0;
