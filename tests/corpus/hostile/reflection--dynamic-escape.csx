// class: reflection
// expected: rejected
// why: dynamic escape; the gate refuses it (COC0004 or a gate check) before anything runs.
dynamic d = "x"; d.Foo();
