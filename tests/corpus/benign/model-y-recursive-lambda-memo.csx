// what: recursive lambdas through a captured Func variable, memoization with a closure and a Y-style fixpoint helper
// input: 
// expected: {"fib90":2880067194370816120,"fact20":2432902008176640000,"rep":"ababab","p100":190569292,"cacheSize":89}
Func<int, long> fib = null!;
var cache = new Dictionary<int, long>();
fib = n =>
{
    if (n < 2) return n;
    if (cache.TryGetValue(n, out var v)) return v;
    return cache[n] = fib(n - 1) + fib(n - 2);
};

static Func<T, TR> Fix<T, TR>(Func<Func<T, TR>, Func<T, TR>> f)
{
    Func<T, TR> self = null!;
    self = x => f(self)(x);
    return self;
}

var fact = Fix<int, long>(rec => n => n <= 1 ? 1 : n * rec(n - 1));
Func<string, int, string> repeat = (s, k) => k == 0 ? "" : s + repeat(s, k - 1);
var partitions = new Dictionary<(int, int), long>();
long P(int n, int max)
{
    if (n == 0) return 1;
    if (n < 0 || max == 0) return 0;
    if (partitions.TryGetValue((n, max), out var c)) return c;
    return partitions[(n, max)] = P(n - max, max) + P(n, max - 1);
}
return new { fib90 = fib(90), fact20 = fact(20), rep = repeat("ab", 3), p100 = P(100, 100), cacheSize = cache.Count };
