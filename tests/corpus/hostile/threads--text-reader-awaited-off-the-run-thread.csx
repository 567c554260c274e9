// class: threads
// expected: rejected COCR0004
// why: TextReader's default ReadLineAsync runs on the thread pool, so the code after ConfigureAwait(false) runs there too; a deep hash overflowed the pool thread's stack (the host died).
using System.IO;
object n = null;
for (int i = 0; i < 1_000_000; i++) n = new { N = n };
await new Slow().ReadLineAsync().ConfigureAwait(false);
return n.GetHashCode();
class Slow : TextReader
{
    public override int Read()
    {
        var spin = 0;
        for (int i = 0; i < 20_000_000; i++) spin += i;
        return spin == 0 ? 0 : -1;
    }
}
