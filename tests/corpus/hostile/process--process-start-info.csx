// class: process
// expected: rejected
// why: process start info; the gate refuses it (COC0002 or a gate check) before anything runs.
var i = new System.Diagnostics.ProcessStartInfo("curl") { UseShellExecute = false };
System.Diagnostics.Process.Start(i);
return 0;
