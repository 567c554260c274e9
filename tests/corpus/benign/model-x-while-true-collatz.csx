// what: longest Collatz chain under 100,000 with while(true)/break, continue and a memo array
// input: 
// expected: {"bestStart":77031,"bestLen":351,"digits":1930}
const int Limit = 100_000;
var memo = new int[Limit];
memo[1] = 1;
int bestStart = 1, bestLen = 1;
for (int start = 2; start < Limit; start++)
{
    long n = start;
    int steps = 0;
    while (true)
    {
        if (n < Limit && memo[n] != 0)
        {
            steps += memo[n];
            break;
        }
        n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
        steps++;
    }
    memo[start] = steps;
    if (steps <= bestLen) continue;
    bestLen = steps;
    bestStart = start;
}

int k = 0, digits = 0;
do
{
    k++;
    if (k % 3 == 0) continue;
    digits += k.ToString().Length;
} while (k < 1000);
return new { bestStart, bestLen, digits };
