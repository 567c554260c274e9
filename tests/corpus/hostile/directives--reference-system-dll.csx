// class: directives
// expected: rejected
// why: reference system dll; the gate refuses it (COC0010 or a gate check) before anything runs.
#r "System.Net.Http"
return 0;
