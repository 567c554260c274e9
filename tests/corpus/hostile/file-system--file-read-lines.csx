// class: file-system
// expected: rejected
// why: file read lines; the gate refuses it (COC0001 or a gate check) before anything runs.
return string.Join("\n", System.IO.File.ReadLines("/etc/hostname"));
