// class: reflection
// expected: rejected COC0004
// why: #pragma warning disable does not switch a rule off in the gate.
#pragma warning disable COC0004, COC0011
return Activator.CreateInstance(typeof(Random)) is null;
