// class: reflection
// expected: rejected COC0004
// why: assembly load file; the gate refuses it (COC0004) before anything runs.
return System.Reflection.Assembly.LoadFile("/tmp/evil.dll").FullName;
