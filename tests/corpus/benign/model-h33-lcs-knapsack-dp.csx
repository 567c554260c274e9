// what: dynamic programming: longest common subsequence with a 2D table and backtrack, 0/1 knapsack with a rolling long array
// input: 
// expected: "GTAB 476 15 2416"
static string Lcs(string a, string b)
{
    var dp = new int[a.Length + 1, b.Length + 1];
    for (int i = 1; i <= a.Length; i++)
        for (int j = 1; j <= b.Length; j++)
            dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
    var sb = new StringBuilder();
    for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
    {
        if (a[i - 1] == b[j - 1]) { sb.Insert(0, a[i - 1]); i--; j--; }
        else if (dp[i - 1, j] >= dp[i, j - 1]) i--;
        else j--;
    }
    return sb.ToString();
}

static long Knapsack(int[] weights, long[] values, int capacity)
{
    var best = new long[capacity + 1];
    for (int k = 0; k < weights.Length; k++)
        for (int w = capacity; w >= weights[k]; w--)
            best[w] = Math.Max(best[w], best[w - weights[k]] + values[k]);
    return best[capacity];
}

string text = string.Concat(Enumerable.Repeat("ACGTTGCA", 60));
string other = string.Concat(Enumerable.Repeat("TGCAACGT", 60));
return $"{Lcs("AGGTAB", "GXTXAYB")} {Lcs(text, other).Length} {Knapsack([12, 2, 1, 1, 4], [4, 2, 1, 2, 10], 15)} {Knapsack(Enumerable.Range(1, 100).ToArray(), Enumerable.Range(1, 100).Select(i => (long)i * i % 97).ToArray(), 1000)}";
