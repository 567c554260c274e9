// what: an FNV-1a hash with unchecked arithmetic, a checked factorial that overflows and is caught, and checked casts
// input: 
// expected: "1335831723 2166136261 21 2432902008176640000 -2147483648 OverflowException 44"
static uint Fnv1a(string text)
{
    unchecked
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return hash;
    }
}

static long Factorial(int n)
{
    long result = 1;
    for (int i = 2; i <= n; i++) result = checked(result * i);
    return result;
}

int firstOverflow = -1;
for (int n = 1; n < 30; n++)
{
    try { Factorial(n); }
    catch (OverflowException) { firstOverflow = n; break; }
}

int big = 300, maxInt = int.MaxValue;
int wrapped = unchecked(maxInt + 1);
string castResult;
try { castResult = checked((byte)big).ToString(); }
catch (OverflowException e) { castResult = e.GetType().Name; }
byte truncated = unchecked((byte)big);
return $"{Fnv1a("hello")} {Fnv1a("")} {firstOverflow} {Factorial(20)} {wrapped} {castResult} {truncated}";
