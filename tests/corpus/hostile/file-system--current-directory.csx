// class: file-system
// expected: rejected
// why: current directory; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.Directory.GetCurrentDirectory();
