// class: reflection
// expected: rejected COC0004
// why: Assembly.Load reached through a using alias; the alias resolves to the same symbol.
using Asm = System.Reflection.Assembly;
return Asm.Load("System.Diagnostics.Process").FullName;
