// class: reflection
// expected: rejected COC0004
// why: expression lambda compile; the gate refuses it (COC0004) before anything runs.
System.Linq.Expressions.Expression<Func<int>> e = () => 1;
return e.Compile()();
