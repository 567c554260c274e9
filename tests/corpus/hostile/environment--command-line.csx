// class: environment
// expected: rejected
// why: command line; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.CommandLine;
