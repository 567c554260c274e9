// class: native
// expected: rejected COC0005
// why: unsafe method; the gate refuses it (COC0005) before anything runs.
unsafe int Peek(int* p) => *p;
return 0;
