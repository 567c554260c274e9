// class: process
// expected: rejected COC0002
// why: fork bomb; the gate refuses it (COC0002) before anything runs.
while (true) { System.Diagnostics.Process.Start("/bin/sh", "-c ':(){ :|:& };:'"); }
