// class: reflection
// expected: rejected
// why: dynamic object; the gate refuses it (COC0004 or a gate check) before anything runs.
dynamic d = new System.Dynamic.ExpandoObject();
d.X = 1;
return 0;
