// class: reflection
// expected: rejected COC0011
// why: a Type is a value a script may compare and name, but its members, constructors and assembly stay outside the allowed surface.
Type t = typeof(List<int>);
var field = t.GetField("_items", (System.Reflection.BindingFlags)36);
return t.GetConstructors().Length + (field is null ? 0 : 1);
