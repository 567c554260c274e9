// class: reflection
// expected: rejected
// why: get executing assembly; the gate refuses it (COC0004 or a gate check) before anything runs.
return System.Reflection.Assembly.GetExecutingAssembly().Location;
