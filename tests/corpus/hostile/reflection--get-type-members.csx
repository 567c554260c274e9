// class: reflection
// expected: rejected COC0011
// why: enumerating a type's members is outside the allowed surface of allowlist mode; the gate refuses it (COC0011) before anything runs.
return 1.GetType().GetMembers().Length;
