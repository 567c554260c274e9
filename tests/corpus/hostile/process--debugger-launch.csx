// class: process
// expected: rejected
// why: debugger launch; the gate refuses it (COC0002 or a gate check) before anything runs.
System.Diagnostics.Debugger.Launch();
return 0;
