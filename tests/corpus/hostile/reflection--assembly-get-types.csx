// class: reflection
// expected: rejected
// why: assembly get types; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(object).Assembly.GetTypes().Length;
