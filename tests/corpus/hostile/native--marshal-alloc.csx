// class: native
// expected: rejected
// why: marshal alloc; the gate refuses it (COC0005 or a gate check) before anything runs.
var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);
return 0;
