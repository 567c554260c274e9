// class: process
// expected: rejected
// why: current process; the gate refuses it (COC0002 or a gate check) before anything runs.
var p = System.Diagnostics.Process.GetCurrentProcess();
p.Kill();
return 0;
