// what: memoized recursion with a dictionary, long results
// input: 
// expected: 12586269025
var memo = new Dictionary<int, long>();
long Fib(int n)
{
    if (n < 2) return n;
    if (memo.TryGetValue(n, out var v)) return v;
    return memo[n] = Fib(n - 1) + Fib(n - 2);
}
return Fib(50);
