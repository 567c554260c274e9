// class: reflection
// expected: rejected COC0004
// why: typeof get method; the gate refuses it (COC0004) before anything runs.
return typeof(string).GetMethod("Concat", [typeof(string), typeof(string)])!.Invoke(null, ["a", "b"]);
