// expected: rejected — COC0002, process control: starting a shell is refused before anything runs (scripts cannot even reference System.Diagnostics.Process).
var process = System.Diagnostics.Process.Start("/bin/sh", "-c \"cat /etc/passwd\"");
process.WaitForExit();
return process.ExitCode;
