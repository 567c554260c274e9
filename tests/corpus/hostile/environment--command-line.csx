// class: environment
// expected: rejected COC0006
// why: command line; the gate refuses it (COC0006) before anything runs.
return Environment.CommandLine;
