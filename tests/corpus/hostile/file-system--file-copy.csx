// class: file-system
// expected: rejected
// why: file copy; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.File.Copy("/etc/passwd", "/tmp/p");
return 0;
