// class: native
// expected: rejected
// why: marshal read; the gate refuses it (COC0005 or a gate check) before anything runs.
return System.Runtime.InteropServices.Marshal.ReadInt32(new IntPtr(0x1000));
