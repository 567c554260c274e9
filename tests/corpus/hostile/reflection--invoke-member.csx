// class: reflection
// expected: rejected COC0004
// why: invoke member; the gate refuses it (COC0004) before anything runs.
return typeof(Environment).InvokeMember("Exit", System.Reflection.BindingFlags.InvokeMethod, null, null, [0]);
