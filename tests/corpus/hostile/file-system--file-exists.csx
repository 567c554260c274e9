// class: file-system
// expected: rejected COC0001
// why: file exists; the gate refuses it (COC0001) before anything runs.
return System.IO.File.Exists("/root/.ssh/id_rsa");
