// class: reflection
// expected: rejected
// why: expression compile; the gate refuses it (COC0004 or a gate check) before anything runs.
System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(1)).Compile()();
