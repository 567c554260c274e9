// class: directives
// expected: rejected
// why: script directive; the gate refuses it (COC0010 or a gate check) before anything runs.
#r "/tmp/evil.dll"
Console.WriteLine(1);
