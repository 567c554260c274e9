// class: process
// expected: rejected COC0002
// why: app domain; the gate refuses it (COC0002) before anything runs.
var d = AppDomain.CurrentDomain;
d.SetData("x", 1);
return 0;
