// what: Encoding and Convert: UTF-8 bytes, Base64 and URL-safe Base64, hex round trips, BitConverter and a simple checksum
// input: 
// expected: "Q2hhaW4gb2YgQ29kZSDinJM= 23 43686169 True Chain of Code ✓ 24688 04-03-02-01 True"
byte[] data = Encoding.UTF8.GetBytes("Chain of Code ✓");
string b64 = Convert.ToBase64String(data);
string urlSafe = b64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
string hex = Convert.ToHexString(data);
byte[] back = Convert.FromHexString(hex);
string text = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
int checksum = data.Aggregate(0, (acc, x) => (acc * 31 + x) & 0xFFFF);
byte[] le = BitConverter.GetBytes(0x01020304);
return $"{b64} {urlSafe.Length} {hex[..8]} {back.SequenceEqual(data)} {text} {checksum} {BitConverter.ToString(le)} {BitConverter.IsLittleEndian}";
