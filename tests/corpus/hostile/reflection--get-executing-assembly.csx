// class: reflection
// expected: rejected COC0006
// why: Assembly.Location reveals the host's paths; the gate refuses it (COC0006) before anything runs.
return System.Reflection.Assembly.GetExecutingAssembly().Location;
