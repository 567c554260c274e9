// class: native
// expected: rejected COC0005
// why: native memory alloc; the gate refuses it (COC0005) before anything runs.
unsafe { void* p = System.Runtime.InteropServices.NativeMemory.Alloc(1 << 30); }
return 0;
