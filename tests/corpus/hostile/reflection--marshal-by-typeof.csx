// class: reflection
// expected: rejected COC0011
// why: RuntimeTypeHandle.Value (a raw pointer into type metadata) is outside the allowed surface; the gate refuses it (COC0011) before anything runs.
return typeof(Console).TypeHandle.Value.ToInt64();
