// class: file-system
// expected: rejected COC0001
// why: file move; the gate refuses it (COC0001) before anything runs.
System.IO.File.Move("/tmp/a", "/tmp/b");
return 0;
