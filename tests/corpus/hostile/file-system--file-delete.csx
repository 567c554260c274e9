// class: file-system
// expected: rejected
// why: file delete; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.File.Delete("/tmp/victim");
return 0;
