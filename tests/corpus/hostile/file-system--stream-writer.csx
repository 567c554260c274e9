// class: file-system
// expected: rejected COC0001
// why: stream writer; the gate refuses it (COC0001) before anything runs.
using var w = new System.IO.StreamWriter("/tmp/owned");
w.Write(1);
return 0;
