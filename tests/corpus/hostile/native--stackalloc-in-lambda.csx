// class: native
// expected: rejected COC0005
// why: stackalloc in a lambda: each call takes more stack while it runs.
Func<int> f = () => { Span<byte> s = stackalloc byte[16]; return s.Length; };
return f();
