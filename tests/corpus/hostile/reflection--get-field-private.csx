// class: reflection
// expected: rejected COC0004
// why: get field private; the gate refuses it (COC0004) before anything runs.
return typeof(string).GetField("Empty")!.GetValue(null);
