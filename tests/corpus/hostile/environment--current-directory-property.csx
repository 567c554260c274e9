// class: environment
// expected: rejected COC0006
// why: current directory property; the gate refuses it (COC0006) before anything runs.
return Environment.CurrentDirectory;
