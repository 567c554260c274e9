// what: boolean_expressions evaluated with two stacks (shunting-yard), an enum of operators and a switch expression
// input: 
// expected: "True,True,False"
enum Op { Not = 3, And = 2, Or = 1, Open = 0 }

static bool Apply(Op op, Stack<bool> values)
{
    if (op == Op.Not) { return !values.Pop(); }
    bool b = values.Pop(), a = values.Pop();
    return op switch { Op.And => a && b, Op.Or => a || b, _ => throw new InvalidOperationException(op.ToString()) };
}

var expressions = new[] { "True and not False or False", "not ( False or False ) and True", "( True and False ) or ( not True )" };
var answers = new List<string>();
foreach (var expr in expressions)
{
    var values = new Stack<bool>();
    var ops = new Stack<Op>();
    foreach (var tok in expr.Split(' '))
    {
        switch (tok)
        {
            case "True": values.Push(true); break;
            case "False": values.Push(false); break;
            case "(": ops.Push(Op.Open); break;
            case ")":
                while (ops.Peek() != Op.Open) values.Push(Apply(ops.Pop(), values));
                ops.Pop();
                break;
            default:
                var op = tok == "not" ? Op.Not : tok == "and" ? Op.And : Op.Or;
                while (op != Op.Not && ops.Count > 0 && ops.Peek() != Op.Open && ops.Peek() >= op) values.Push(Apply(ops.Pop(), values));
                ops.Push(op);
                break;
        }
    }
    while (ops.Count > 0) values.Push(Apply(ops.Pop(), values));
    answers.Add(values.Pop().ToString());
}
return string.Join(",", answers);
