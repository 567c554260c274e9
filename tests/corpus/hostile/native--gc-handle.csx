// class: native
// expected: rejected COC0005
// why: gc handle; the gate refuses it (COC0005) before anything runs.
var h = System.Runtime.InteropServices.GCHandle.Alloc(new byte[10], System.Runtime.InteropServices.GCHandleType.Pinned);
return 0;
