// class: file-system
// expected: rejected
// why: file probe; the gate refuses it (COC0001 or a gate check) before anything runs.
foreach (var f in System.IO.Directory.GetFiles("/")) { Console.WriteLine(f); }
