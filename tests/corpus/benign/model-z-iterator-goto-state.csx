// what: iterators that use goto and labels, switch with goto case inside a yield loop, and a run-length decoder
// input: 
// expected: {"tokens":["KW(if)","ID(x1)","OP(>)","OP(=)","NUM(42)","KW(else)","ID(y)","OP(+)","NUM(7)"],"decoded":"aaabbcdddd"}
static IEnumerable<string> Lexer(string text)
{
    int i = 0;
next:
    if (i >= text.Length) yield break;
    char c = text[i];
    if (char.IsWhiteSpace(c)) { i++; goto next; }
    int start = i;
    switch (char.IsDigit(c) ? 0 : char.IsLetter(c) ? 1 : 2)
    {
        case 0:
            while (i < text.Length && char.IsDigit(text[i])) i++;
            yield return "NUM(" + text[start..i] + ")";
            break;
        case 1:
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (text[start..i] is "if" or "else") goto case 3;
            yield return "ID(" + text[start..i] + ")";
            break;
        case 3:
            yield return "KW(" + text[start..i] + ")";
            break;
        default:
            i++;
            yield return "OP(" + c + ")";
            break;
    }
    goto next;
}

static IEnumerable<char> RunLengthDecode(string encoded)
{
    for (int i = 0; i < encoded.Length; i += 2)
    {
        int count = encoded[i] - '0';
        for (int k = 0; k < count; k++) yield return encoded[i + 1];
    }
}

return new { tokens = Lexer("if x1 >= 42 else y+7").ToArray(), decoded = new string(RunLengthDecode("3a2b1c4d").ToArray()) };
