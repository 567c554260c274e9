// class: file-system
// expected: rejected COC0001
// why: Path.GetFullPath reveals the host's working directory.
return System.IO.Path.GetFullPath(".");
