// class: reflection
// expected: rejected
// why: get type members; the gate refuses it (COC0004 or a gate check) before anything runs.
return 1.GetType().GetMembers().Length;
