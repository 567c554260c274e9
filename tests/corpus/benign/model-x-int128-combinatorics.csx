// what: Int128 and UInt128 for large factorials, binomials and Catalan numbers with overflow checks
// input: 
// expected: {"f30":"265252859812191058636308480000000","c100_50":"100891344545564193334812497256","catalan":["1","1","2","5","14","42","132","429","1430","4862"],"lastFit":33,"max":39}
static Int128 Factorial(int n)
{
    Int128 r = 1;
    for (int i = 2; i <= n; i++) r *= i;
    return r;
}

static UInt128 Binomial(int n, int k)
{
    if (k > n - k) k = n - k;
    UInt128 r = 1;
    for (int i = 1; i <= k; i++) r = r * (UInt128)(n - k + i) / (UInt128)i;
    return r;
}

static Int128 Catalan(int n) => (Int128)Binomial(2 * n, n) / (n + 1);

int lastFit = 0;
for (int n = 1; n < 40; n++)
{
    try { _ = checked(Factorial(n - 1) * n); lastFit = n; }
    catch (OverflowException) { break; }
}
return new
{
    f30 = Factorial(30).ToString(),
    c100_50 = Binomial(100, 50).ToString(),
    catalan = Enumerable.Range(0, 10).Select(i => Catalan(i).ToString()).ToArray(),
    lastFit,
    max = Int128.MaxValue.ToString().Length,
};
