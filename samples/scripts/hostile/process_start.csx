// expected: compile_error — System.Diagnostics.Process is not among a script's references (CS0234): the script cannot even name it.
var process = System.Diagnostics.Process.Start("/bin/sh", "-c \"cat /etc/passwd\"");
process.WaitForExit();
return process.ExitCode;
