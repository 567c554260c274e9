// class: reflection
// expected: rejected
// why: dynamic method; the gate refuses it (COC0004 or a gate check) before anything runs.
var m = new System.Reflection.Emit.DynamicMethod("x", typeof(int), Type.EmptyTypes);
return 0;
