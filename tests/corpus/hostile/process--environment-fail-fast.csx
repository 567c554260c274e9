// class: process
// expected: rejected COC0002
// why: environment fail fast; the gate refuses it (COC0002) before anything runs.
Environment.FailFast("bye");
return 0;
