// what: SHA-256 and MD5 digests of a few strings as hexadecimal, the first bytes as a checksum
// input: 
// expected: "ba7816bf8f01cfea e3b0c44298fc1c14 8b8d9b3e"
using System.Security.Cryptography;

string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

string abc = Hex(SHA256.HashData(Encoding.UTF8.GetBytes("abc")));
using var sha = SHA256.Create();
string empty = Hex(sha.ComputeHash(Array.Empty<byte>()));
string md5 = Hex(MD5.HashData(Encoding.ASCII.GetBytes("chain of code")));
return $"{abc[..16]} {empty[..16]} {md5[..8]}";
