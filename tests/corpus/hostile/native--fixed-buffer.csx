// class: native
// expected: rejected
// why: fixed buffer; the gate refuses it (COC0005 or a gate check) before anything runs.
unsafe { fixed (char* c = "abc") { c[0] = 'x'; } }
return 0;
