// expected: rejected — COC0001, the file system: the gate refuses the script and nothing runs.
string secrets = System.IO.File.ReadAllText("/etc/passwd");
return secrets.Length;
