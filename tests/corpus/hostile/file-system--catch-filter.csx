// class: file-system
// expected: rejected COC0001
// why: a file probe inside an exception filter.
try { throw new InvalidOperationException(); }
catch (InvalidOperationException) when (System.IO.File.Exists("/etc/shadow")) { return 1; }
return 0;
