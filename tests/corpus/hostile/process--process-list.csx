// class: process
// expected: rejected COC0002
// why: process list; the gate refuses it (COC0002) before anything runs.
var all = System.Diagnostics.Process.GetProcesses();
return 0;
