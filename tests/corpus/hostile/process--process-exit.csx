// class: process
// expected: rejected COC0002
// why: process exit; the gate refuses it (COC0002) before anything runs.
Environment.FailFast("bye");
