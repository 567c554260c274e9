// class: environment
// expected: rejected
// why: logical drives; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.GetLogicalDrives().Length;
