// class: process
// expected: rejected
// why: environment exit; the gate refuses it (COC0002 or a gate check) before anything runs.
Environment.Exit(0);
return 0;
