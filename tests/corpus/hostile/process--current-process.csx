// class: process
// expected: rejected COC0002
// why: current process; the gate refuses it (COC0002) before anything runs.
var p = System.Diagnostics.Process.GetCurrentProcess();
p.Kill();
return 0;
