// BIG-Bench Hard "boolean_expressions": evaluate a Python-style Boolean expression.
// Input: the question, e.g. "not ( True ) and ( True ) is". Returns "True" or "False".
// Grammar (Python precedence): or < and < not; operands True, False and parenthesized expressions.
string[] tokens = Tokenize(Input.Trim());
int position = 0;

// The question ends with "is": the expression is everything before it.
int end = tokens.Length;
if (end > 0 && tokens[end - 1] == "is")
{
    end--;
}

bool result = ParseOr();
if (position != end)
{
    throw new FormatException($"unexpected '{tokens[position]}' at token {position + 1}");
}

return result ? "True" : "False";

// Splits on spaces and separates parentheses written against a word, as in "(True)".
string[] Tokenize(string text)
{
    var list = new List<string>();
    foreach (string word in text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
    {
        var current = new StringBuilder();
        foreach (char c in word)
        {
            if (c == '(' || c == ')')
            {
                if (current.Length > 0)
                {
                    list.Add(current.ToString());
                    current.Clear();
                }

                list.Add(c.ToString());
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            list.Add(current.ToString());
        }
    }

    return list.ToArray();
}

string Peek() => position < end ? tokens[position] : "";

bool ParseOr()
{
    bool value = ParseAnd();
    while (Peek() == "or")
    {
        position++;
        bool right = ParseAnd();
        value = value || right;
    }

    return value;
}

bool ParseAnd()
{
    bool value = ParseNot();
    while (Peek() == "and")
    {
        position++;
        bool right = ParseNot();
        value = value && right;
    }

    return value;
}

bool ParseNot()
{
    string token = Peek();
    position++;
    switch (token)
    {
        case "not":
            return !ParseNot();
        case "(":
            bool inner = ParseOr();
            if (Peek() != ")")
            {
                throw new FormatException("missing ')'");
            }

            position++;
            return inner;
        case "True":
            return true;
        case "False":
            return false;
        default:
            throw new FormatException(token.Length == 0 ? "the expression ends too early" : $"unexpected '{token}'");
    }
}
