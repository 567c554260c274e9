// what: boolean_expressions with a recursive-descent parser in local functions, called before declaration
// input: 
// expected: "True"
string question = "not ( True ) and ( False or True ) or not not True";
var tokens = question.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
int pos = 0;
bool result = ParseOr();
return result ? "True" : "False";

bool ParseOr()
{
    bool left = ParseAnd();
    while (pos < tokens.Length && tokens[pos] == "or") { pos++; bool right = ParseAnd(); left = left || right; }
    return left;
}
bool ParseAnd()
{
    bool left = ParseNot();
    while (pos < tokens.Length && tokens[pos] == "and") { pos++; bool right = ParseNot(); left = left && right; }
    return left;
}
bool ParseNot()
{
    if (tokens[pos] == "not") { pos++; return !ParseNot(); }
    if (tokens[pos] == "(") { pos++; bool inner = ParseOr(); pos++; return inner; }
    return tokens[pos++] == "True";
}
