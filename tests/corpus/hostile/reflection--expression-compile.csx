// class: reflection
// expected: rejected COC0004
// why: expression compile; the gate refuses it (COC0004) before anything runs.
System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(1)).Compile()();
