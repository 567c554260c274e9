// what: flags enum with HasFlag, bitwise ops, ToString and Enum.Parse
// input: 
// expected: "Read, Write|True|False|Execute|7"
[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4 }
var p = Perm.Read | Perm.Write;
var parsed = Enum.Parse<Perm>("Execute");
var all = p | parsed;
return $"{p}|{p.HasFlag(Perm.Read)}|{(p & Perm.Execute) != 0}|{parsed}|{(int)all}";
