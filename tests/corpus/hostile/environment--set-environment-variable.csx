// class: environment
// expected: rejected COC0006
// why: set environment variable; the gate refuses it (COC0006) before anything runs.
Environment.SetEnvironmentVariable("PATH", "/tmp");
return 0;
