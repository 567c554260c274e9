// what: small stackalloc buffers inside helper methods for digit sums, base conversion and histogram
// input: 
// expected: ["11111111","FF","-ZZ","0x1 1x2 2x2 3x2 4x1 5x1 6x1 7x1 8x1 9x1","763"]
static string ToBase(int value, int radix)
{
    const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    Span<char> buffer = stackalloc char[32];
    int pos = buffer.Length;
    bool negative = value < 0;
    long v = Math.Abs((long)value);
    do
    {
        buffer[--pos] = digits[(int)(v % radix)];
        v /= radix;
    } while (v > 0);
    if (negative) buffer[--pos] = '-';
    return new string(buffer[pos..]);
}

static string DigitHistogram(long n)
{
    Span<int> counts = stackalloc int[10];
    foreach (char c in n.ToString()) counts[c - '0']++;
    var sb = new StringBuilder();
    for (int d = 0; d < 10; d++)
        if (counts[d] > 0) sb.Append(d).Append('x').Append(counts[d]).Append(' ');
    return sb.ToString().TrimEnd();
}

static int SumBytes(string s)
{
    Span<byte> bytes = stackalloc byte[64];
    int written = Encoding.UTF8.GetBytes(s, bytes);
    int sum = 0;
    foreach (var b in bytes[..written]) sum += b;
    return sum;
}

return new[] { ToBase(255, 2), ToBase(255, 16), ToBase(-1295, 36), DigitHistogram(9_876_543_210_123), SumBytes("Héllo").ToString() };
