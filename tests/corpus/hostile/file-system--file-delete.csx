// class: file-system
// expected: rejected COC0001
// why: file delete; the gate refuses it (COC0001) before anything runs.
System.IO.File.Delete("/tmp/victim");
return 0;
