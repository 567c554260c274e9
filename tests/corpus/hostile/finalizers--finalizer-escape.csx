// class: finalizers
// expected: rejected COCR0004
// why: a finalizer would run script code after the run, outside every guard (COCR0004).
class F { ~F() { while (true) { } } }
new F();
return 1;
