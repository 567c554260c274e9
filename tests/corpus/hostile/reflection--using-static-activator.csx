// class: reflection
// expected: rejected COC0004
// why: Activator.CreateInstance called unqualified through using static.
using static System.Activator;
return CreateInstance(typeof(object)) is null;
