// class: encodings
// expected: rejected COC0001
// why: File written with a unicode escape (\u0046ile): the compiler reads the same identifier.
return System.IO.\u0046ile.ReadAllText("/etc/passwd");
