// class: reflection
// expected: rejected COC0004
// why: dynamic escape; the gate refuses it (COC0004) before anything runs.
dynamic d = "x"; d.Foo();
