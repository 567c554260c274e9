// what: BBH boolean expressions: tokens reduced with a stack and switch expressions for not/and/or with precedence, several inputs
// input: 
// expected: "F T F F T"
static bool Eval(string expr)
{
    var output = new Stack<bool>();
    var ops = new Stack<string>();
    int Prec(string op) => op switch { "not" => 3, "and" => 2, "or" => 1, _ => 0 };
    void Apply()
    {
        string op = ops.Pop();
        if (op == "not") { output.Push(!output.Pop()); return; }
        bool b = output.Pop(), a = output.Pop();
        output.Push(op == "and" ? a && b : a || b);
    }
    foreach (var tok in expr.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        switch (tok)
        {
            case "True" or "False": output.Push(tok == "True"); break;
            case "(": ops.Push(tok); break;
            case ")": while (ops.Peek() != "(") Apply(); ops.Pop(); break;
            case "not": ops.Push(tok); break;
            default:
                while (ops.Count > 0 && ops.Peek() != "(" && Prec(ops.Peek()) >= Prec(tok)) Apply();
                ops.Push(tok);
                break;
        }
    }
    while (ops.Count > 0) Apply();
    return output.Single();
}

string[] cases = ["not ( True ) and ( True ) is", "True and not not ( not False ) is", "not True or False or ( False ) is", "False or not ( True ) and True is", "not not not not True and False or True is"];
return string.Join(" ", cases.Select(c => Eval(c[..^3]) ? "T" : "F"));
