// class: file-system
// expected: rejected COC0001
// why: file stream; the gate refuses it (COC0001) before anything runs.
return new System.IO.FileStream("/etc/passwd", System.IO.FileMode.Open).Length;
