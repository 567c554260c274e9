// class: reflection
// expected: rejected COC0004
// why: dynamic method; the gate refuses it (COC0004) before anything runs.
var m = new System.Reflection.Emit.DynamicMethod("x", typeof(int), Type.EmptyTypes);
return 0;
