// expected: rejected — COC0004, reflection: a type named in a string would slip past every other rule.
Type file = Type.GetType("System.IO." + "File")!;
var read = file.GetMethod("ReadAllText", new[] { typeof(string) })!;
return read.Invoke(null, new object[] { "/etc/passwd" });
