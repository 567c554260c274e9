// class: file-system
// expected: rejected COC0001
// why: temp path; the gate refuses it (COC0001) before anything runs.
return System.IO.Path.GetTempPath();
