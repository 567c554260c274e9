// class: file-system
// expected: rejected COC0001
// why: File reached through a using alias.
using F = System.IO.File;
return F.ReadAllText("/etc/passwd");
