// class: directives
// expected: rejected COC0010
// why: load directive; the gate refuses it (COC0010) before anything runs.
#load "/tmp/evil.csx"
return 0;
