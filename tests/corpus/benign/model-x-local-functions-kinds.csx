// what: static, recursive, generic and closure-capturing local functions inside a method
// input: 
// expected: "98765 9 44 <1234><56><42><10>"
static string Analyze(int[] data)
{
    int calls = 0;

    static int Digits(int n) => n < 10 ? 1 : 1 + Digits(n / 10);

    long Ackermann(long m, long n)
    {
        calls++;
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static T Pick<T>(T a, T b, Func<T, T, bool> better) => better(a, b) ? a : b;

    static IEnumerable<TOut> MapWhere<TIn, TOut>(IEnumerable<TIn> src, Func<TIn, bool> keep, Func<TIn, TOut> map)
    {
        foreach (var s in src)
            if (keep(s)) yield return map(s);
    }

    int best = data.Aggregate((a, b) => Pick(a, b, (x, y) => Digits(x) >= Digits(y)));
    long ack = Ackermann(2, 3);
    var evens = MapWhere(data, x => x % 2 == 0, x => $"<{x}>");
    return $"{best} {ack} {calls} {string.Join("", evens)}";
}

return Analyze(new[] { 7, 1234, 56, 98765, 42, 10 });
