// class: native
// expected: rejected COC0005
// why: native library load; the gate refuses it (COC0005) before anything runs.
return System.Runtime.InteropServices.NativeLibrary.Load("libc.so.6").ToInt64();
