// what: closures and local functions: counters made by a factory, captured loop variables, a memoized local function, static local functions and a recursive lambda via a local
// input: 
// expected: "15 98 9,9,9 10,20,30 601080390 6 3628800 256"
Func<int> MakeCounter(int start, int step)
{
    int current = start;
    return () => current += step;
}

var c1 = MakeCounter(0, 5);
var c2 = MakeCounter(100, -1);
c1(); c1(); c2();

var actions = new List<Func<int>>();
for (int i = 0; i < 3; i++) actions.Add(() => i * i);
var captured = new List<Func<int>>();
foreach (var x in new[] { 1, 2, 3 }) captured.Add(() => x * 10);

var memo = new Dictionary<(int, int), long>();
long Paths(int r, int c)
{
    if (r == 0 || c == 0) return 1;
    if (memo.TryGetValue((r, c), out var v)) return v;
    return memo[(r, c)] = Paths(r - 1, c) + Paths(r, c - 1);
}

static int Digits(int n) => n < 10 ? 1 : 1 + Digits(n / 10);

Func<int, int> fact = null!;
fact = n => n <= 1 ? 1 : n * fact(n - 1);

return $"{c1()} {c2()} {string.Join(",", actions.Select(a => a()))} {string.Join(",", captured.Select(a => a()))} {Paths(16, 16)} {Digits(123456)} {fact(10)} {memo.Count}";
