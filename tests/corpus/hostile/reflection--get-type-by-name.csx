// class: reflection
// expected: rejected COC0004
// why: get type by name; the gate refuses it (COC0004) before anything runs.
return Type.GetType("System.IO.File")!.GetMethods().Length;
