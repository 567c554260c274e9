// class: environment
// expected: rejected
// why: process id; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.ProcessId;
