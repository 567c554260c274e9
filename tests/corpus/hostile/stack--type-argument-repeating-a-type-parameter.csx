// class: stack
// expected: rejected COCR0008
// why: a class, not a value type, but Tuple<T, T> doubles the type at every call: 30 calls give a type whose name has 2^30 parts, which ToString() builds in one runtime call (24 levels: an abandoned thread, 800 MB and growing) (COCR0008).
object Grow<T>(int n) => n == 0 ? new List<T>() : Grow<Tuple<T, T>>(n - 1);
return Grow<int>(30).ToString().Length;
