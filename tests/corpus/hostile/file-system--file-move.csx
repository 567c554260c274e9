// class: file-system
// expected: rejected
// why: file move; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.File.Move("/tmp/a", "/tmp/b");
return 0;
