// class: directives
// expected: rejected COC0010
// why: reference system dll; the gate refuses it (COC0010) before anything runs.
#r "System.Net.Http"
return 0;
