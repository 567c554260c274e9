// class: environment
// expected: rejected COC0006
// why: process path; the gate refuses it (COC0006) before anything runs.
return Environment.ProcessPath;
