// class: environment
// expected: rejected
// why: current directory property; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.CurrentDirectory;
