// class: file-system
// expected: rejected
// why: file stream; the gate refuses it (COC0001 or a gate check) before anything runs.
return new System.IO.FileStream("/etc/passwd", System.IO.FileMode.Open).Length;
