// class: file-system
// expected: rejected COC0001
// why: current directory; the gate refuses it (COC0001) before anything runs.
return System.IO.Directory.GetCurrentDirectory();
