// class: reflection
// expected: rejected
// why: activator create instance type; the gate refuses it (COC0004 or a gate check) before anything runs.
return Activator.CreateInstance(Type.GetType("System.Net.WebClient")!);
