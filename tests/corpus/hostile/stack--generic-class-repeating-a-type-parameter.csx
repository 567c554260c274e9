// class: stack
// expected: rejected COCR0008
// why: a generic class that makes its next level over Func<T, T>: the type doubles at every level, and the cast's InvalidCastException message spells it out in one runtime call (COCR0008).
class Level<T> { public object Next(int n) => n == 0 ? this : new Level<Func<T, T>>().Next(n - 1); }
object deep = new Level<int>().Next(30);
try { return ((string)deep).Length; } catch (InvalidCastException e) { return e.Message.Length; }
