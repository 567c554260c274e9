// class: reflection
// expected: rejected
// why: reflection escape; the gate refuses it (COC0004 or a gate check) before anything runs.
typeof(string).Assembly.GetType("System.IO.File").GetMethod("ReadAllText", new[] { typeof(string) }).Invoke(null, new object[] { "/etc/passwd" });
