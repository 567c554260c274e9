// class: threads
// expected: rejected COCR0004
// why: TextWriter's default WriteAsync runs the script's Write override on the thread pool, whose small stack a deep hash overflows (the host died).
using System.IO;
var w = new Deep();
await w.WriteAsync('x');
return w.Hash;
class Deep : TextWriter
{
    public int Hash;
    public override Encoding Encoding => Encoding.UTF8;
    public override void Write(char c)
    {
        object n = null;
        for (int i = 0; i < 1_000_000; i++) n = new { N = n };
        Hash = n.GetHashCode();
    }
}
