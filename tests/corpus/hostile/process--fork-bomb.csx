// class: process
// expected: rejected
// why: fork bomb; the gate refuses it (COC0002 or a gate check) before anything runs.
while (true) { System.Diagnostics.Process.Start("/bin/sh", "-c ':(){ :|:& };:'"); }
