// class: file-system
// expected: rejected COC0001
// why: File.ReadAllText passed as a method group into the script's own generic method.
T Apply<T>(Func<string, T> f) => f("/etc/passwd");
return Apply(System.IO.File.ReadAllText);
