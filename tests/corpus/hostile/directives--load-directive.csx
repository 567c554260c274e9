// class: directives
// expected: rejected
// why: load directive; the gate refuses it (COC0010 or a gate check) before anything runs.
#load "/tmp/evil.csx"
return 0;
