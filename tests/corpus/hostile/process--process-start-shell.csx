// class: process
// expected: rejected COC0002
// why: process start shell; the gate refuses it (COC0002) before anything runs.
System.Diagnostics.Process.Start("/bin/sh", "-c id");
return 0;
