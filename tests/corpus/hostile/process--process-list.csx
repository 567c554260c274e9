// class: process
// expected: rejected
// why: process list; the gate refuses it (COC0002 or a gate check) before anything runs.
var all = System.Diagnostics.Process.GetProcesses();
return 0;
