// class: native
// expected: rejected
// why: gc handle; the gate refuses it (COC0005 or a gate check) before anything runs.
var h = System.Runtime.InteropServices.GCHandle.Alloc(new byte[10], System.Runtime.InteropServices.GCHandleType.Pinned);
return 0;
