// what: string.Create with a state tuple and a span callback to build a zero-padded binary string and a mirrored word
// input: 
// expected: "00001010 0011111111 abcddcba"
static string Binary(int value, int width) => string.Create(width, value, static (span, v) =>
{
    for (int i = span.Length - 1; i >= 0; i--)
    {
        span[i] = (v & 1) == 1 ? '1' : '0';
        v >>= 1;
    }
});

string mirrored = string.Create(8, "abcd", (span, s) =>
{
    s.AsSpan().CopyTo(span);
    for (int i = 0; i < s.Length; i++) span[span.Length - 1 - i] = s[i];
});

return $"{Binary(10, 8)} {Binary(255, 10)} {mirrored}";
