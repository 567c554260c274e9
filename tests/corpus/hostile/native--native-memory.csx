// class: native
// expected: rejected COC0005
// why: native memory; the gate refuses it (COC0005) before anything runs.
var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);
