// what: a cipher puzzle with char arithmetic, StringBuilder.Insert/Replace and a nullable char result
// input: 
// expected: "Phhw ph dw Qrrq! / >> Meet me at midnight! / no digit"
static string Shift(string text, int k)
{
    var sb = new StringBuilder(text.Length);
    foreach (char c in text)
    {
        if (char.IsUpper(c)) sb.Append((char)('A' + (c - 'A' + k + 26) % 26));
        else if (char.IsLower(c)) sb.Append((char)('a' + (c - 'a' + k + 26) % 26));
        else sb.Append(c);
    }
    return sb.ToString();
}
string secret = Shift("Meet me at Noon!", 3);
string back = Shift(secret, -3);
var edited = new StringBuilder(back).Insert(0, ">> ").Replace("Noon", "midnight");
char? firstDigit = secret.FirstOrDefault(char.IsDigit) is var d && d != default(char) ? d : null;
return $"{secret} / {edited} / {(firstDigit?.ToString() ?? "no digit")}";
