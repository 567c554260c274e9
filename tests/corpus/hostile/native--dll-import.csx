// class: native
// expected: rejected COC0005
// why: dll import; the gate refuses it (COC0005) before anything runs.
[System.Runtime.InteropServices.DllImport("libc")] static extern int getpid();
return getpid();
