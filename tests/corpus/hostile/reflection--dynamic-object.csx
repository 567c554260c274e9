// class: reflection
// expected: rejected COC0004
// why: dynamic object; the gate refuses it (COC0004) before anything runs.
dynamic d = new System.Dynamic.ExpandoObject();
d.X = 1;
return 0;
