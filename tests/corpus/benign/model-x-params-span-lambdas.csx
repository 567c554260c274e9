// what: params ReadOnlySpan and params collections, lambdas with default parameters, static lambdas and Func composition
// input: 
// expected: {"sum":10,"none":0,"joined":"a/b/c","scaled":7.5,"a":26,"b":36,"text":"#10","counter":22,"slug":"hello-chain-of-code"}
static int Sum(params ReadOnlySpan<int> values)
{
    int total = 0;
    foreach (var v in values) total += v;
    return total;
}

static string JoinAll(string separator, params IEnumerable<string> parts) => string.Join(separator, parts);

static Func<T, TResult2> Compose<T, TResult, TResult2>(Func<T, TResult> f, Func<TResult, TResult2> g) => x => g(f(x));

var scale = (double x, double factor = 2.0) => x * factor;
Func<int, int> square = static x => x * x;
Func<int, int> inc = x => x + 1;
var squareThenInc = Compose(square, inc);
var incThenSquare = Compose(inc, square);
var toText = Compose(squareThenInc, static (int n) => $"#{n}");

int counter = 0;
Action bump = () => counter++;
bump += () => counter += 10;
bump();
bump();

var pipeline = new List<Func<string, string>> { s => s.Trim(), s => s.ToLowerInvariant(), s => s.Replace(' ', '-') };
string slug = pipeline.Aggregate("  Hello Chain Of Code  ", (acc, f) => f(acc));

return new
{
    sum = Sum(1, 2, 3, 4),
    none = Sum(),
    joined = JoinAll("/", "a", "b", "c"),
    scaled = scale(3) + scale(3, 0.5),
    a = squareThenInc(5),
    b = incThenSquare(5),
    text = toText(3),
    counter,
    slug,
};
