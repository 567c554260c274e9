// what: UTF-8 string literals, Encoding round trips and byte counting inside methods
// input: 
// expected: "héllo wörld 11 13 5 4F4B True Y2hhaW4gb2YgY29kZQ=="
static int CountByte(ReadOnlySpan<byte> data, byte b)
{
    int n = 0;
    foreach (var x in data) if (x == b) n++;
    return n;
}

static string Hex(ReadOnlySpan<byte> data) => Convert.ToHexString(data);

static byte[] Header() => "GET / HTTP/1.1\r\n"u8.ToArray();

byte[] greeting = "héllo wörld"u8.ToArray();
string decoded = Encoding.UTF8.GetString(greeting);
int charCount = decoded.Length;
int byteCount = greeting.Length;
int ls = CountByte("hello, lovely world"u8, (byte)'l');
string hex = Hex("OK"u8);
bool startsWithGet = Header().AsSpan().StartsWith("GET"u8);
string b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("chain of code"));
return $"{decoded} {charCount} {byteCount} {ls} {hex} {startsWithGet} {b64}";
