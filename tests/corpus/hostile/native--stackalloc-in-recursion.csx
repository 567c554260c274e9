// class: native
// expected: rejected COC0005
// why: stackalloc in a recursive method: the total grows with the depth.
int Deep(int n) { Span<long> s = stackalloc long[64]; return n == 0 ? s.Length : Deep(n - 1); }
return Deep(10);
