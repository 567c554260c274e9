// class: stack
// expected: rejected COCR0008
// why: an anonymous type is generic over its properties at run time: { A = x, B = x } doubles the type at every call, and printing it builds its exponential name (COCR0008).
object Grow<T>(T x, int n) => n == 0 ? new List<T>() : Grow(new { A = x, B = x }, n - 1);
return Grow(1, 30).ToString().Length;
