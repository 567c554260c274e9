// class: file-system
// expected: rejected
// why: file read all text; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.File.ReadAllText("/etc/passwd");
