// what: BBH multistep arithmetic: a tokenizer and a recursive-descent parser with unary minus, precedence and parentheses over long
// input: ((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) * ((7 - -3 * 9) + (8 * 6 - -5 - 1))
// expected: "2064 tokens=48"
var tokens = Regex.Matches(Input, @"\d+|[-+*/()]", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value).ToList();
int pos = 0;
string Peek() => pos < tokens.Count ? tokens[pos] : "";
string Next() => tokens[pos++];

long Expr()
{
    long value = Term();
    while (Peek() is "+" or "-") value = Next() == "+" ? value + Term() : value - Term();
    return value;
}

long Term()
{
    long value = Factor();
    while (Peek() is "*" or "/") value = Next() == "*" ? value * Factor() : value / Factor();
    return value;
}

long Factor()
{
    string t = Next();
    if (t == "-") return -Factor();
    if (t == "(")
    {
        long v = Expr();
        Next();
        return v;
    }
    return long.Parse(t);
}

long result = Expr();
return $"{result} tokens={tokens.Count}";
