// class: reflection
// expected: rejected COC0004
// why: a type lookup by name hidden in a lambda body.
Func<Type?> find = () => Type.GetType("System.Diagnostics.Process, System.Diagnostics.Process");
return find() is null;
