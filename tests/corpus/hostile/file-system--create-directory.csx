// class: file-system
// expected: rejected
// why: create directory; the gate refuses it (COC0001 or a gate check) before anything runs.
System.IO.Directory.CreateDirectory("/tmp/owned-dir");
return 0;
