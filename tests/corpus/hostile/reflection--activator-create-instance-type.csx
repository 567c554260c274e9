// class: reflection
// expected: rejected COC0004
// why: activator create instance type; the gate refuses it (COC0004) before anything runs.
return Activator.CreateInstance(Type.GetType("System.Net.WebClient")!);
