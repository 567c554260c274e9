// class: reflection
// expected: rejected COC0004
// why: assembly load; the gate refuses it (COC0004) before anything runs.
System.Reflection.Assembly.LoadFrom("/tmp/evil.dll");
