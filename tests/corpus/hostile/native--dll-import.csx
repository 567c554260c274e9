// class: native
// expected: rejected
// why: dll import; the gate refuses it (COC0005 or a gate check) before anything runs.
[System.Runtime.InteropServices.DllImport("libc")] static extern int getpid();
return getpid();
