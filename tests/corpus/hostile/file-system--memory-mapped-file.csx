// class: file-system
// expected: rejected
// why: memory mapped file; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile("/etc/passwd").ToString();
