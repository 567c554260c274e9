// what: sieve of Eratosthenes and prefix sums over arrays of a million elements
// input: 
// expected: {"primes":78498,"below1000":168,"twinPrimes":8169,"mid":249750000,"median":500,"max":999}
const int N = 1_000_000;
var composite = new bool[N + 1];
for (int i = 2; (long)i * i <= N; i++)
{
    if (composite[i]) continue;
    for (int j = i * i; j <= N; j += i) composite[j] = true;
}

var primeCount = new int[N + 1];
for (int i = 2; i <= N; i++) primeCount[i] = primeCount[i - 1] + (composite[i] ? 0 : 1);

int[] data = new int[N];
for (int i = 0; i < N; i++) data[i] = (int)((i * 2654435761L) % 1000);
long[] prefix = new long[N + 1];
for (int i = 0; i < N; i++) prefix[i + 1] = prefix[i] + data[i];
long RangeSum(int from, int to) => prefix[to] - prefix[from];

int twinPrimes = 0;
for (int p = 3; p + 2 <= N; p += 2)
    if (!composite[p] && !composite[p + 2]) twinPrimes++;

Array.Sort(data);
return new { primes = primeCount[N], below1000 = primeCount[1000], twinPrimes, mid = RangeSum(250_000, 750_000), median = data[N / 2], max = data[^1] };
