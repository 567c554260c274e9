// class: recursion
// expected: recursion_limit
// why: a constructor that constructs its own type.
class C { public C Next; public C() { Next = new C(); } }
return new C() is null;
