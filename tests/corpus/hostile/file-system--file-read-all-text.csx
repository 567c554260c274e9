// class: file-system
// expected: rejected COC0001
// why: file read all text; the gate refuses it (COC0001) before anything runs.
return System.IO.File.ReadAllText("/etc/passwd");
