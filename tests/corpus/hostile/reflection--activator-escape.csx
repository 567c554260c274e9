// class: reflection
// expected: rejected
// why: activator escape; the gate refuses it (COC0004 or a gate check) before anything runs.
var o = Activator.CreateInstance(Type.GetType("System.IO.FileInfo"), "/etc/passwd");
