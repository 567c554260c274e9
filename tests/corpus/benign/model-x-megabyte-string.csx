// what: build a 1 MB string with StringBuilder, then scan, split and hash it
// input: 
// expected: {"length":1000040,"lines":31115,"newlines":31115,"longest":51,"zCount":23920,"hash":-117004758,"sameLength":true,"idx":313839}
var sb = new StringBuilder();
int line = 0;
while (sb.Length < 1_000_000)
{
    sb.Append("line ").Append(line).Append(": ").Append(new string((char)('a' + line % 26), line % 40)).Append('\n');
    line++;
}
string text = sb.ToString();
int newlines = text.Count(c => c == '\n');
var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
int longest = lines.Max(l => l.Length);
int zCount = 0;
foreach (char c in text) if (c == 'z') zCount++;
int hash = 17;
unchecked { foreach (char c in text) hash = hash * 31 + c; }
string upper = text.ToUpperInvariant();
return new { length = text.Length, lines = line, newlines, longest, zCount, hash, sameLength = upper.Length == text.Length, idx = text.IndexOf("line 9999:", StringComparison.Ordinal) };
