// class: encodings
// expected: rejected COC0001
// why: Trojan Source: bidirectional overrides in a comment make the line look harmless; the compiler reads the real tokens.
/* ‮ } ⁦ */ return System.IO.File.ReadAllText("/etc/passwd"); /* ⁩ ‬ */
