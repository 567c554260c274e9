// class: environment
// expected: rejected
// why: command line args; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.GetCommandLineArgs().Length;
