// class: process
// expected: rejected COC0002
// why: environment exit; the gate refuses it (COC0002) before anything runs.
Environment.Exit(0);
return 0;
