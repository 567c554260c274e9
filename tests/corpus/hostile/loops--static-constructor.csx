// class: loops
// expected: timeout
// why: a static constructor that never returns.
class C { public static int X; static C() { while (true) { } } }
return C.X;
