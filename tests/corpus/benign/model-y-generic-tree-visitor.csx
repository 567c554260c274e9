// what: an expression tree with abstract records, a generic visitor interface, double dispatch and a simplifier
// input: 
// expected: {"before":"(1 * x + (0 + y * (2 + 3)))","after":"(x + y * 5)","value":11.5,"same":true,"eq":true}
abstract record Expr
{
    public abstract T Accept<T>(IVisitor<T> v);
}
record Num(double Value) : Expr { public override T Accept<T>(IVisitor<T> v) => v.Visit(this); }
record Var(string Name) : Expr { public override T Accept<T>(IVisitor<T> v) => v.Visit(this); }
record Add(Expr L, Expr R) : Expr { public override T Accept<T>(IVisitor<T> v) => v.Visit(this); }
record Mul(Expr L, Expr R) : Expr { public override T Accept<T>(IVisitor<T> v) => v.Visit(this); }

interface IVisitor<out T>
{
    T Visit(Num n);
    T Visit(Var v);
    T Visit(Add a);
    T Visit(Mul m);
}

sealed class Printer : IVisitor<string>
{
    public string Visit(Num n) => n.Value.ToString(CultureInfo.InvariantCulture);
    public string Visit(Var v) => v.Name;
    public string Visit(Add a) => $"({a.L.Accept(this)} + {a.R.Accept(this)})";
    public string Visit(Mul m) => $"{m.L.Accept(this)} * {m.R.Accept(this)}";
}

sealed class Evaluator(IReadOnlyDictionary<string, double> env) : IVisitor<double>
{
    public double Visit(Num n) => n.Value;
    public double Visit(Var v) => env[v.Name];
    public double Visit(Add a) => a.L.Accept(this) + a.R.Accept(this);
    public double Visit(Mul m) => m.L.Accept(this) * m.R.Accept(this);
}

static Expr Simplify(Expr e) => e switch
{
    Add(Num(0), var r) => Simplify(r),
    Add(var l, Num(0)) => Simplify(l),
    Mul(Num(1), var r) => Simplify(r),
    Mul(var l, Num(1)) => Simplify(l),
    Mul(Num(0), _) or Mul(_, Num(0)) => new Num(0),
    Add(Num a, Num b) => new Num(a.Value + b.Value),
    Add(var l, var r) => new Add(Simplify(l), Simplify(r)),
    Mul(var l, var r) => new Mul(Simplify(l), Simplify(r)),
    _ => e,
};

Expr expr = new Add(new Mul(new Num(1), new Var("x")), new Add(new Num(0), new Mul(new Var("y"), new Add(new Num(2), new Num(3)))));
var simple = Simplify(Simplify(expr));
var env = new Dictionary<string, double> { ["x"] = 4, ["y"] = 1.5 };
return new
{
    before = expr.Accept(new Printer()),
    after = simple.Accept(new Printer()),
    value = simple.Accept(new Evaluator(env)),
    same = expr.Accept(new Evaluator(env)) == simple.Accept(new Evaluator(env)),
    eq = new Add(new Num(1), new Var("z")) == new Add(new Num(1), new Var("z")),
};
