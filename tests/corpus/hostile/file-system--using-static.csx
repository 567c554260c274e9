// class: file-system
// expected: rejected COC0001
// why: ReadAllText called unqualified through using static.
using static System.IO.File;
return ReadAllText("/etc/passwd");
