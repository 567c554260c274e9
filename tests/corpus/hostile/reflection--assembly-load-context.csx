// class: reflection
// expected: rejected
// why: assembly load context; the gate refuses it (COC0004 or a gate check) before anything runs.
var c = new System.Runtime.Loader.AssemblyLoadContext("x");
return 0;
