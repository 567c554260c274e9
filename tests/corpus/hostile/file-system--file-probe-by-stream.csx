// class: file-system
// expected: rejected
// why: file probe by stream; the gate refuses it (COC0001 or a gate check) before anything runs.
using var s = new System.IO.StreamReader("/etc/passwd"); Console.Write(s.ReadToEnd());
