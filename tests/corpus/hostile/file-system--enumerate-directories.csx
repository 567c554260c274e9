// class: file-system
// expected: rejected
// why: enumerate directories; the gate refuses it (COC0001 or a gate check) before anything runs.
return string.Join(",", System.IO.Directory.EnumerateDirectories("/"));
