// class: native
// expected: rejected COC0005
// why: fixed buffer; the gate refuses it (COC0005) before anything runs.
unsafe { fixed (char* c = "abc") { c[0] = 'x'; } }
return 0;
