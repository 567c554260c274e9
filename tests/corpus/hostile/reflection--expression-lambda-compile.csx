// class: reflection
// expected: rejected
// why: expression lambda compile; the gate refuses it (COC0004 or a gate check) before anything runs.
System.Linq.Expressions.Expression<Func<int>> e = () => 1;
return e.Compile()();
