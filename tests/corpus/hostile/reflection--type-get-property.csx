// class: reflection
// expected: rejected COC0004
// why: type get property; the gate refuses it (COC0004) before anything runs.
return typeof(Environment).GetProperty("MachineName")!.GetValue(null);
