// class: reflection
// expected: rejected COC0004
// why: the generic Activator.CreateInstance<T>() creates by reflection like the Type overload.
return Activator.CreateInstance<List<int>>().Count;
