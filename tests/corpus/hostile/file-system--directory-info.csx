// class: file-system
// expected: rejected
// why: directory info; the gate refuses it (COC0001 or a gate check) before anything runs.
return new System.IO.DirectoryInfo("/tmp").GetFiles().Length;
