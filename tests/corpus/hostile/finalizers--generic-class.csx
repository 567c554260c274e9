// class: finalizers
// expected: rejected COCR0004
// why: a finalizer in a generic class.
class Box<T> { ~Box() { while (true) { } } }
new Box<int>();
return 1;
