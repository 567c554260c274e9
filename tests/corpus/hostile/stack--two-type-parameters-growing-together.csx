// class: stack
// expected: rejected COCR0008
// why: no argument repeats one parameter, but Tuple<A, B> holds both: the sizes grow as Fibonacci numbers, exponentially (COCR0008).
object Grow<A, B>(int n) => n == 0 ? new List<A>() : Grow<Tuple<A, B>, A>(n - 1);
return Grow<int, int>(40).ToString().Length;
