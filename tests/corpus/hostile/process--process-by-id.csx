// class: process
// expected: rejected COC0002
// why: process by id; the gate refuses it (COC0002) before anything runs.
System.Diagnostics.Process.GetProcessById(1).Kill();
return 0;
