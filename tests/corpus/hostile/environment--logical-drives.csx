// class: environment
// expected: rejected COC0006
// why: logical drives; the gate refuses it (COC0006) before anything runs.
return Environment.GetLogicalDrives().Length;
