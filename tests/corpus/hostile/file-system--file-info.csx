// class: file-system
// expected: rejected COC0001
// why: file info; the gate refuses it (COC0001) before anything runs.
return new System.IO.FileInfo("/etc/shadow").Length;
