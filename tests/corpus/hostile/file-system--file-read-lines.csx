// class: file-system
// expected: rejected COC0001
// why: file read lines; the gate refuses it (COC0001) before anything runs.
return string.Join("\n", System.IO.File.ReadLines("/etc/hostname"));
