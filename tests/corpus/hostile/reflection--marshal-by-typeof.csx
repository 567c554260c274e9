// class: reflection
// expected: rejected
// why: marshal by typeof; the gate refuses it (COC0004 or a gate check) before anything runs.
return typeof(Console).TypeHandle.Value.ToInt64();
