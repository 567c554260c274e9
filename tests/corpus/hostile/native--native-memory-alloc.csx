// class: native
// expected: rejected
// why: native memory alloc; the gate refuses it (COC0005 or a gate check) before anything runs.
unsafe { void* p = System.Runtime.InteropServices.NativeMemory.Alloc(1 << 30); }
return 0;
