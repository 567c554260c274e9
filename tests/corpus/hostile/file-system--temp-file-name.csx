// class: file-system
// expected: rejected
// why: temp file name; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.Path.GetTempFileName();
