// class: native
// expected: rejected COC0005
// why: an extern local function with DllImport.
[System.Runtime.InteropServices.DllImport("libc")] static extern int getpid();
return getpid();
