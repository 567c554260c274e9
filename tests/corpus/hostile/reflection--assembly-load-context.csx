// class: reflection
// expected: rejected COC0004
// why: assembly load context; the gate refuses it (COC0004) before anything runs.
var c = new System.Runtime.Loader.AssemblyLoadContext("x");
return 0;
