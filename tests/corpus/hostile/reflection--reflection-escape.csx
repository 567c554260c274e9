// class: reflection
// expected: rejected COC0004
// why: reflection escape; the gate refuses it (COC0004) before anything runs.
typeof(string).Assembly.GetType("System.IO.File").GetMethod("ReadAllText", new[] { typeof(string) }).Invoke(null, new object[] { "/etc/passwd" });
