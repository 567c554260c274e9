// class: environment
// expected: rejected
// why: environment variable; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.GetEnvironmentVariable("HOME");
