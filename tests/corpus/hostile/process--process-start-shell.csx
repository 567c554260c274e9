// class: process
// expected: rejected
// why: process start shell; the gate refuses it (COC0002 or a gate check) before anything runs.
System.Diagnostics.Process.Start("/bin/sh", "-c id");
return 0;
