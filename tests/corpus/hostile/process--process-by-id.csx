// class: process
// expected: rejected
// why: process by id; the gate refuses it (COC0002 or a gate check) before anything runs.
System.Diagnostics.Process.GetProcessById(1).Kill();
return 0;
