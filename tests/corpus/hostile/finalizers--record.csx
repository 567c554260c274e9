// class: finalizers
// expected: rejected COCR0004
// why: a finalizer in a record class.
record Leaky(int X) { ~Leaky() { throw new Exception("on the finalizer thread"); } }
return new Leaky(1).X;
