// class: native
// expected: rejected
// why: native library load; the gate refuses it (COC0005 or a gate check) before anything runs.
return System.Runtime.InteropServices.NativeLibrary.Load("libc.so.6").ToInt64();
