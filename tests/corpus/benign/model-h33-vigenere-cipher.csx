// what: Vigenere cipher encrypt and decrypt with char arithmetic, keeping case and skipping punctuation, plus a letter histogram
// input: Attack at dawn, then retreat!
// expected: "Lxfopv ef rnhr, fvry vqhepef! | True | t6 a5 e3"
static string Vigenere(string text, string key, bool decrypt)
{
    var sb = new StringBuilder(text.Length);
    int k = 0;
    foreach (char ch in text)
    {
        if (!char.IsLetter(ch)) { sb.Append(ch); continue; }
        char baseChar = char.IsUpper(ch) ? 'A' : 'a';
        int shift = char.ToLowerInvariant(key[k++ % key.Length]) - 'a';
        if (decrypt) shift = 26 - shift;
        sb.Append((char)(baseChar + (ch - baseChar + shift) % 26));
    }
    return sb.ToString();
}

string secret = Vigenere(Input, "lemon", decrypt: false);
string plain = Vigenere(secret, "LEMON", decrypt: true);
var top = Input.ToLowerInvariant().Where(char.IsLetter).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(3).Select(g => $"{g.Key}{g.Count()}");
return $"{secret} | {plain == Input} | {string.Join(" ", top)}";
