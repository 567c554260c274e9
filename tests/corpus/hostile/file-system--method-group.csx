// class: file-system
// expected: rejected COC0001
// why: File.ReadAllText taken as a method group.
Func<string, string> read = System.IO.File.ReadAllText;
return read("/etc/passwd");
