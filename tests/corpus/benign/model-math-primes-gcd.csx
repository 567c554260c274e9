// what: sieve of primes, gcd/lcm, long arithmetic
// input: 
// expected: "25 6 36 1000000000000"
var sieve = new bool[101];
var primes = new List<int>();
for (int i = 2; i <= 100; i++)
{
    if (sieve[i]) continue;
    primes.Add(i);
    for (int j = i * i; j <= 100; j += i) sieve[j] = true;
}
int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
long big = 1_000_000L * 1_000_000L;
return $"{primes.Count} {Gcd(12, 18)} {12 * 18 / Gcd(12, 18)} {big}";
