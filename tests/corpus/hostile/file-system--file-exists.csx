// class: file-system
// expected: rejected
// why: file exists; the gate refuses it (COC0001 or a gate check) before anything runs.
return System.IO.File.Exists("/root/.ssh/id_rsa");
