// class: reflection
// expected: rejected
// why: get field private; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(string).GetField("Empty")!.GetValue(null);
