// class: file-system
// expected: rejected COC0001
// why: directory info; the gate refuses it (COC0001) before anything runs.
return new System.IO.DirectoryInfo("/tmp").GetFiles().Length;
