// class: file-system
// expected: rejected
// why: file info; the gate refuses it (COC0001 or a gate check) before anything runs.
return new System.IO.FileInfo("/etc/shadow").Length;
