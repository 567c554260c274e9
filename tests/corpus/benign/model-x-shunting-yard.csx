// what: an arithmetic evaluator using the shunting-yard algorithm with Stack and Queue, unary minus and power
// input: 
// expected: [3.000122,-20,1000,4]
static List<string> Tokenize(string expr)
{
    var tokens = new List<string>();
    int i = 0;
    while (i < expr.Length)
    {
        char c = expr[i];
        if (char.IsWhiteSpace(c)) { i++; continue; }
        if (char.IsDigit(c) || c == '.')
        {
            int start = i;
            while (i < expr.Length && (char.IsDigit(expr[i]) || expr[i] == '.')) i++;
            tokens.Add(expr[start..i]);
            continue;
        }
        bool unary = c == '-' && (tokens.Count == 0 || tokens[^1] is "(" or "+" or "-" or "*" or "/" or "^" or "~");
        tokens.Add(unary ? "~" : c.ToString());
        i++;
    }
    return tokens;
}

static int Prec(string op) => op switch { "~" => 4, "^" => 3, "*" or "/" => 2, "+" or "-" => 1, _ => 0 };
static bool RightAssoc(string op) => op is "^" or "~";

static Queue<string> ToRpn(List<string> tokens)
{
    var output = new Queue<string>();
    var ops = new Stack<string>();
    foreach (var t in tokens)
    {
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) output.Enqueue(t);
        else if (t == "(") ops.Push(t);
        else if (t == ")")
        {
            while (ops.Peek() != "(") output.Enqueue(ops.Pop());
            ops.Pop();
        }
        else
        {
            while (ops.Count > 0 && ops.Peek() != "(" &&
                   (Prec(ops.Peek()) > Prec(t) || (Prec(ops.Peek()) == Prec(t) && !RightAssoc(t))))
                output.Enqueue(ops.Pop());
            ops.Push(t);
        }
    }
    while (ops.Count > 0) output.Enqueue(ops.Pop());
    return output;
}

static double EvalRpn(Queue<string> rpn)
{
    var st = new Stack<double>();
    while (rpn.TryDequeue(out var t))
    {
        if (t == "~") { st.Push(-st.Pop()); continue; }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var num)) { st.Push(num); continue; }
        double b = st.Pop(), a = st.Pop();
        st.Push(t switch { "+" => a + b, "-" => a - b, "*" => a * b, "/" => a / b, "^" => Math.Pow(a, b), _ => throw new InvalidOperationException(t) });
    }
    return st.Single();
}

string[] exprs = ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "-(2 + 3) * 4", "2 ^ 10 - 24", "1.5 * -4 + 10"];
return exprs.Select(e => Math.Round(EvalRpn(ToRpn(Tokenize(e))), 6)).ToArray();
