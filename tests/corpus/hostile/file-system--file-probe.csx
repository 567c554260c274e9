// class: file-system
// expected: rejected COC0001
// why: file probe; the gate refuses it (COC0001) before anything runs.
foreach (var f in System.IO.Directory.GetFiles("/")) { Console.WriteLine(f); }
