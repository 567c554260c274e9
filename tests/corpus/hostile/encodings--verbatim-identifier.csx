// class: encodings
// expected: rejected COC0001
// why: File written as the verbatim identifier @File.
return System.IO.@File.ReadAllText("/etc/passwd");
