// class: file-system
// expected: rejected COC0001
// why: file copy; the gate refuses it (COC0001) before anything runs.
System.IO.File.Copy("/etc/passwd", "/tmp/p");
return 0;
