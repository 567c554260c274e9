// class: file-system
// expected: rejected
// why: stream writer; the gate refuses it (COC0001 or a gate check) before anything runs.
using var w = new System.IO.StreamWriter("/tmp/owned");
w.Write(1);
return 0;
