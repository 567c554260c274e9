// class: reflection
// expected: rejected COC0004
// why: Type.GetType taken as a method group and called through a delegate; the method group is reported like a call.
Func<string, Type?> find = Type.GetType;
return find("System.IO.File, System.Runtime") is null;
