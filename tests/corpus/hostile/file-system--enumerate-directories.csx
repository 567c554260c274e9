// class: file-system
// expected: rejected COC0001
// why: enumerate directories; the gate refuses it (COC0001) before anything runs.
return string.Join(",", System.IO.Directory.EnumerateDirectories("/"));
