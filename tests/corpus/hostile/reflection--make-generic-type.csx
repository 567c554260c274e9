// class: reflection
// expected: rejected COC0004
// why: Type.MakeGenericType builds a type at run time.
return typeof(List<>).MakeGenericType(typeof(int)).Name;
