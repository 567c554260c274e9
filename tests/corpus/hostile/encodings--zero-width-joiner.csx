// class: encodings
// expected: rejected COC0001
// why: a zero-width (formatting) character inside File: the compiler ignores it when it compares names.
return System.IO.Fi‍le.ReadAllText("/etc/passwd");
