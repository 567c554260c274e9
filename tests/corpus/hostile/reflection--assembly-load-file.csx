// class: reflection
// expected: rejected
// why: assembly load file; the gate refuses it (COC0004 or a gate check) before anything runs.
return System.Reflection.Assembly.LoadFile("/tmp/evil.dll").FullName;
