// class: directives
// expected: rejected COC0010
// why: script directive; the gate refuses it (COC0010) before anything runs.
#r "/tmp/evil.dll"
Console.WriteLine(1);
