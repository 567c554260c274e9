// class: native
// expected: rejected
// why: unsafe method; the gate refuses it (COC0005 or a gate check) before anything runs.
unsafe int Peek(int* p) => *p;
return 0;
