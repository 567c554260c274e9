// class: file-system
// expected: rejected COC0001
// why: a file read in an expression-bodied property of a script class.
class Leak { public string Text => System.IO.File.ReadAllText("/etc/passwd"); }
return new Leak().Text;
