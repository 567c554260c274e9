// what: lazy iterators with yield (primes, Fibonacci with long) consumed by TakeWhile/Skip/Take
// input: 
// expected: "2,3,5,7,11,13,17,19,23,29 | 12586269025 | 0,2,8,34,144"
IEnumerable<int> Primes()
{
    for (int n = 2; ; n++)
    {
        bool prime = true;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) { prime = false; break; }
        if (prime) yield return n;
    }
}
IEnumerable<long> Fibonacci()
{
    long a = 0, b = 1;
    while (true) { yield return a; (a, b) = (b, a + b); }
}
var smallPrimes = Primes().TakeWhile(p => p < 30).ToList();
long fib50 = Fibonacci().Skip(50).First();
var evenFibs = Fibonacci().Where(f => f % 2 == 0).Take(5);
return $"{string.Join(",", smallPrimes)} | {fib50} | {string.Join(",", evenFibs)}";
