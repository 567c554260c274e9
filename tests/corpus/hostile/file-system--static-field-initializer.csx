// class: file-system
// expected: rejected COC0001
// why: a file read in a static field initializer, which runs inside the type's static constructor.
class Leak { public static readonly string Text = System.IO.File.ReadAllText("/etc/passwd"); }
return Leak.Text;
