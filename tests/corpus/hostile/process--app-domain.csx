// class: process
// expected: rejected
// why: app domain; the gate refuses it (COC0002 or a gate check) before anything runs.
var d = AppDomain.CurrentDomain;
d.SetData("x", 1);
return 0;
