// class: environment
// expected: rejected
// why: process path; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.ProcessPath;
