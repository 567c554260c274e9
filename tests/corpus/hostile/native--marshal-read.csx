// class: native
// expected: rejected COC0005
// why: marshal read; the gate refuses it (COC0005) before anything runs.
return System.Runtime.InteropServices.Marshal.ReadInt32(new IntPtr(0x1000));
