// class: file-system
// expected: rejected COC0001
// why: a file read inside a query expression clause.
var lines = from p in new[] { "/etc/passwd" } select System.IO.File.ReadAllText(p);
return lines.First();
