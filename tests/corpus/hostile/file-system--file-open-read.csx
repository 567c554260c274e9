// class: file-system
// expected: rejected
// why: file open read; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.File.OpenRead("/proc/self/environ").ReadByte();
