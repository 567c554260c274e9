// class: file-system
// expected: rejected COC0001
// why: memory mapped file; the gate refuses it (COC0001) before anything runs.
return System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile("/etc/passwd").ToString();
