// class: reflection
// expected: rejected COC0004
// why: a dynamic receiver binds at run time, outside the analyzers' view.
dynamic d = new List<int>();
d.Add(1);
return 1;
