// class: reflection
// expected: rejected
// why: invoke member; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(Environment).InvokeMember("Exit", System.Reflection.BindingFlags.InvokeMethod, null, null, [0]);
