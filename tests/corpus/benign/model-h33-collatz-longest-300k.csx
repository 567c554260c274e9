// what: modest workload: the start below 300,000 with the longest Collatz chain, with a cache array for starts seen before
// input: 
// expected: "230631 443"
const int Limit = 300_000;
var cache = new int[Limit];
cache[1] = 1;
int bestStart = 1, bestLength = 1;
for (int start = 2; start < Limit; start++)
{
    long n = start;
    int steps = 0;
    while (n >= Limit || cache[n] == 0)
    {
        n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
        steps++;
    }
    int length = steps + cache[n];
    cache[start] = length;
    if (length > bestLength) (bestStart, bestLength) = (start, length);
}
return $"{bestStart} {bestLength}";
