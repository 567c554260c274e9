// class: file-system
// expected: rejected COC0001
// why: file probe by stream; the gate refuses it (COC0001) before anything runs.
using var s = new System.IO.StreamReader("/etc/passwd"); Console.Write(s.ReadToEnd());
