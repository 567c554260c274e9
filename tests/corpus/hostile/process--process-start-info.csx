// class: process
// expected: rejected COC0002
// why: process start info; the gate refuses it (COC0002) before anything runs.
var i = new System.Diagnostics.ProcessStartInfo("curl") { UseShellExecute = false };
System.Diagnostics.Process.Start(i);
return 0;
