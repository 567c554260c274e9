// class: loops
// expected: timeout
// why: a property getter that spins.
class C { public int P { get { while (true) { } } } }
return new C().P;
