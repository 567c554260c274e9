// class: reflection
// expected: rejected
// why: typeof get method; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(string).GetMethod("Concat", [typeof(string), typeof(string)])!.Invoke(null, ["a", "b"]);
