// class: process
// expected: rejected
// why: environment fail fast; the gate refuses it (COC0002 or a gate check) before anything runs.
Environment.FailFast("bye");
return 0;
