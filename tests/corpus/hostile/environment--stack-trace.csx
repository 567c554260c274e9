// class: environment
// expected: rejected COC0006
// why: a StackTrace shows the host's frames and file paths.
return new System.Diagnostics.StackTrace(true).ToString();
