// class: finalizers
// expected: rejected COCR0004
// why: a finalizer in a nested class.
class Outer { public class Inner { ~Inner() { while (true) { } } } }
new Outer.Inner();
return 1;
