// class: file-system
// expected: rejected COC0001
// why: file open read; the gate refuses it (COC0001) before anything runs.
return System.IO.File.OpenRead("/proc/self/environ").ReadByte();
