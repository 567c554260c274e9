// class: reflection
// expected: rejected
// why: assembly load; the gate refuses it (COC0004 or a gate check) before anything runs.
System.Reflection.Assembly.LoadFrom("/tmp/evil.dll");
