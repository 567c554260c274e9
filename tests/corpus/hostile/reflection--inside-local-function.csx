// class: reflection
// expected: rejected COC0004
// why: MethodInfo.Invoke in a local function.
object? Call(string name) => typeof(Math).GetMethod(name, new[] { typeof(double) })!.Invoke(null, new object[] { 2.0 });
return Call("Sqrt");
