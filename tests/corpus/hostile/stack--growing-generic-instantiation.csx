// class: stack
// expected: rejected COCR0008
// why: a generic argument that doubles at each call overflows below the probe (COCR0008).
long F<T>(T x, int n) => n == 0 ? 0 : F((x, x), n - 1) + 1;
return F(1L, 30);
