// class: file-system
// expected: rejected COC0001
// why: directory exists; the gate refuses it (COC0001) before anything runs.
return System.IO.Directory.Exists("/home");
