// class: finalizers
// expected: rejected COCR0004
// why: the framework's finalizer reached through a base class of the script's own: the base's declaration is refused (COCR0004).
class Base : System.Threading.ThreadLocal<string> { }
class Leaky : Base { protected override void Dispose(bool disposing) { while (true) { } } }
new Leaky();
return 1;
