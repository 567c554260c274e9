// class: threads
// expected: rejected COCR0004
// why: a MemoryStream subclass's Read override, run by BeginRead on the thread pool, hashes a deep chain past the pool thread's stack (the host died).
using System.IO;
var s = new Deep();
s.EndRead(s.BeginRead(new byte[4], 0, 4, null, null));
return s.Hash;
class Deep : MemoryStream
{
    public int Hash;
    public override int Read(byte[] buffer, int offset, int count)
    {
        object n = null;
        for (int i = 0; i < 1_000_000; i++) n = new { N = n };
        Hash = n.GetHashCode();
        return 0;
    }
}
