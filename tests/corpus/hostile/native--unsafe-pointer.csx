// class: native
// expected: rejected
// why: unsafe pointer; the gate refuses it (COC0005 or a gate check) before anything runs.
unsafe { var p = (int*)0x1000; *p = 1; }
