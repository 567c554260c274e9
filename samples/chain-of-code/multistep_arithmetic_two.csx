// BIG-Bench Hard "multistep_arithmetic_two": evaluate an integer expression.
// Input: "((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) =". Returns "24".
// Grammar: sums of products of signed factors; a factor is an integer or a parenthesized expression.
// Division is integer division and must be exact: a fraction is not an integer answer.
string text = Input.Trim();
if (text.EndsWith('='))
{
    text = text[..^1];
}

int position = 0;
long value = ParseSum();
SkipSpaces();
if (position != text.Length)
{
    throw new FormatException($"unexpected '{text[position]}' at {position + 1}");
}

return value.ToString(CultureInfo.InvariantCulture);

void SkipSpaces()
{
    while (position < text.Length && char.IsWhiteSpace(text[position]))
    {
        position++;
    }
}

char Peek()
{
    SkipSpaces();
    return position < text.Length ? text[position] : '\0';
}

long ParseSum()
{
    long sum = ParseProduct();
    while (Peek() is '+' or '-')
    {
        char op = text[position++];
        long right = ParseProduct();
        sum = checked(op == '+' ? sum + right : sum - right);
    }

    return sum;
}

long ParseProduct()
{
    long product = ParseFactor();
    while (Peek() is '*' or '/')
    {
        char op = text[position++];
        long right = ParseFactor();
        if (op == '*')
        {
            product = checked(product * right);
        }
        else if (right == 0 || product % right != 0)
        {
            throw new FormatException($"{product} / {right} is not an integer");
        }
        else
        {
            product /= right;
        }
    }

    return product;
}

long ParseFactor()
{
    char c = Peek();
    if (c == '-' || c == '+')
    {
        position++;
        long operand = ParseFactor();
        return c == '-' ? checked(-operand) : operand;
    }

    if (c == '(')
    {
        position++;
        long inner = ParseSum();
        if (Peek() != ')')
        {
            throw new FormatException("missing ')'");
        }

        position++;
        return inner;
    }

    int start = position;
    while (position < text.Length && char.IsAsciiDigit(text[position]))
    {
        position++;
    }

    if (start == position)
    {
        throw new FormatException(c == '\0' ? "the expression ends too early" : $"unexpected '{c}' at {position + 1}");
    }

    return long.Parse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture);
}
