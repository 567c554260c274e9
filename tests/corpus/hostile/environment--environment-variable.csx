// class: environment
// expected: rejected COC0006
// why: environment variable; the gate refuses it (COC0006) before anything runs.
return Environment.GetEnvironmentVariable("HOME");
