// class: threads
// expected: rejected COC0007
// why: Stream.BeginRead's callback runs on the thread pool, where an exception is unhandled (the host died).
using System.IO;
var s = new MemoryStream(new byte[16]);
var done = false;
s.EndRead(s.BeginRead(new byte[4], 0, 4, _ => { done = true; throw new InvalidOperationException("on the pool"); }, null));
for (int i = 0; i < 100_000_000 && !done; i++) { }
return done;
