// what: Encoding UTF8 bytes, Convert base64 and hex
// input: 
// expected: "aGk= 6869 hi 2"
var bytes = Encoding.UTF8.GetBytes("hi");
var b64 = Convert.ToBase64String(bytes);
var hex = Convert.ToHexString(bytes).ToLowerInvariant();
var back = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
return $"{b64} {hex} {back} {bytes.Length}";
