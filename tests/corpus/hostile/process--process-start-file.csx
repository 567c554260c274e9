// class: process
// expected: rejected COC0002
// why: process start file; the gate refuses it (COC0002) before anything runs.
System.Diagnostics.Process.Start("rm", "-rf /tmp/x");
return 0;
