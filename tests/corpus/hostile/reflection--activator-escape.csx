// class: reflection
// expected: rejected COC0004
// why: activator escape; the gate refuses it (COC0004) before anything runs.
var o = Activator.CreateInstance(Type.GetType("System.IO.FileInfo"), "/etc/passwd");
