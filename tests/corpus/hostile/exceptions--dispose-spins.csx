// class: exceptions
// expected: timeout
// why: a Dispose that never returns, called by a using statement.
class D : IDisposable { public void Dispose() { while (true) { } } }
using (new D()) { }
return 1;
