// class: process
// expected: rejected COC0002
// why: debugger launch; the gate refuses it (COC0002) before anything runs.
System.Diagnostics.Debugger.Launch();
return 0;
