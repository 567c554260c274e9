// class: native
// expected: rejected COC0005
// why: unsafe pointer; the gate refuses it (COC0005) before anything runs.
unsafe { var p = (int*)0x1000; *p = 1; }
