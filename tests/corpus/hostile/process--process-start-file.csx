// class: process
// expected: rejected
// why: process start file; the gate refuses it (COC0002 or a gate check) before anything runs.
System.Diagnostics.Process.Start("rm", "-rf /tmp/x");
return 0;
