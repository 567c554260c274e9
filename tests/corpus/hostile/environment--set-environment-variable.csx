// class: environment
// expected: rejected
// why: set environment variable; the gate refuses it (COC0006 or a gate check) before anything runs.
Environment.SetEnvironmentVariable("PATH", "/tmp");
return 0;
