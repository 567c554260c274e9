// what: BigInteger factorial of 50, ModPow for a Fermat primality test, digit sums and a Fibonacci with 100 digits
// input: 
// expected: "216 True False 476 262144000000000000 64.483"
using System.Numerics;

BigInteger fact = 1;
for (int i = 2; i <= 50; i++) fact *= i;
int digitSum = fact.ToString().Sum(c => c - '0');

static bool ProbablyPrime(BigInteger n)
{
    if (n < 4) return n > 1;
    foreach (int a in new[] { 2, 3, 5, 7, 11 })
    {
        if (BigInteger.ModPow(a, n - 1, n) != 1) return false;
    }
    return true;
}

BigInteger a = 0, b = 1;
int index = 1;
while (b.ToString().Length < 100) { (a, b) = (b, a + b); index++; }

var mersenne = BigInteger.Pow(2, 61) - 1;
return $"{digitSum} {ProbablyPrime(mersenne)} {ProbablyPrime(mersenne + 2)} {index} {BigInteger.GreatestCommonDivisor(fact, BigInteger.Pow(10, 30))} {BigInteger.Log10(fact):F3}";
