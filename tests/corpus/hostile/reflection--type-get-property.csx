// class: reflection
// expected: rejected
// why: type get property; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(Environment).GetProperty("MachineName")!.GetValue(null);
