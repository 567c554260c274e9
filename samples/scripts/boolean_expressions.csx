// expected: succeeded — BIG-Bench Hard "boolean_expressions": evaluate with precedence not > and > or.
// Question: not ( True ) and ( True ) or not False and True is
string expression = "not ( True ) and ( True ) or not False and True";
string[] tokens = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
int position = 0;

bool ParseOr()
{
    bool value = ParseAnd();
    while (position < tokens.Length && tokens[position] == "or")
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
    while (position < tokens.Length && tokens[position] == "and")
    {
        position++;
        bool right = ParseNot();
        value = value && right;
    }

    return value;
}

bool ParseNot()
{
    if (tokens[position] == "not")
    {
        position++;
        return !ParseNot();
    }

    if (tokens[position] == "(")
    {
        position++;
        bool inner = ParseOr();
        position++; // ")"
        return inner;
    }

    return tokens[position++] == "True";
}

bool result = ParseOr();
Console.WriteLine($"{expression} is {result}");
return result;
