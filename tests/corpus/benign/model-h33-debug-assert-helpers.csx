// what: Debug.Assert and Debug.WriteLine sanity checks in a helper (removed from release builds), with the computed result returned
// input: 
// expected: 232792560
using System.Diagnostics;

static int Gcd(int a, int b)
{
    Debug.Assert(a >= 0 && b >= 0, "non-negative inputs");
    while (b != 0) (a, b) = (b, a % b);
    return a;
}

static int Lcm(int a, int b)
{
    int g = Gcd(a, b);
    Debug.WriteLine($"gcd({a},{b})={g}");
    return a / g * b;
}

int lcm = Enumerable.Range(1, 20).Aggregate(1, Lcm);
Debug.Assert(lcm % 19 == 0);
return lcm;
