// class: file-system
// expected: rejected COC0001
// why: create directory; the gate refuses it (COC0001) before anything runs.
System.IO.Directory.CreateDirectory("/tmp/owned-dir");
return 0;
