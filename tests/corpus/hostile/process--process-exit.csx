// class: process
// expected: rejected
// why: process exit; the gate refuses it (COC0002 or a gate check) before anything runs.
Environment.FailFast("bye");
