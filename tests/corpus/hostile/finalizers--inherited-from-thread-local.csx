// class: finalizers
// expected: rejected COCR0004
// why: no finalizer of its own, but ThreadLocal's finalizer calls Dispose(false): the override would spin on the host's finalizer thread, and the guard's stop thrown there after the run ends the process (COCR0004).
class Leaky : System.Threading.ThreadLocal<int> { protected override void Dispose(bool disposing) { while (true) { } } }
for (int i = 0; i < 1000; i++) { new Leaky(); }
return 1;
