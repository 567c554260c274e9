// class: file-system
// expected: rejected
// why: directory exists; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.Directory.Exists("/home");
