// class: environment
// expected: rejected COC0006
// why: ExpandEnvironmentVariables reads the environment through a format string.
return Environment.ExpandEnvironmentVariables("$HOME %PATH%");
