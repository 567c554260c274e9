// what: dynamic programming with tuple-keyed memo dictionaries: grid paths with obstacles, LCS and 0/1 knapsack
// input: 
// expected: {"paths":20,"memoSize":28,"lcs":"GTABQY","value":510,"picked":["map","compass","sandwich","glucose","tin","banana"]}
string[] grid =
[
    "....#...",
    ".#......",
    "...#..#.",
    "#.......",
    "....##..",
];
int rows = grid.Length, cols = grid[0].Length;
var memo = new Dictionary<(int R, int C), long>();
long Paths(int r, int c)
{
    if (r >= rows || c >= cols || grid[r][c] == '#') return 0;
    if (r == rows - 1 && c == cols - 1) return 1;
    if (memo.TryGetValue((r, c), out var cached)) return cached;
    return memo[(r, c)] = Paths(r + 1, c) + Paths(r, c + 1);
}

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

static (int Value, List<string> Items) Knapsack((string Name, int Weight, int Value)[] items, int capacity)
{
    var best = new int[items.Length + 1, capacity + 1];
    for (int i = 1; i <= items.Length; i++)
        for (int w = 0; w <= capacity; w++)
        {
            best[i, w] = best[i - 1, w];
            if (items[i - 1].Weight <= w)
                best[i, w] = Math.Max(best[i, w], best[i - 1, w - items[i - 1].Weight] + items[i - 1].Value);
        }
    var chosen = new List<string>();
    for (int i = items.Length, w = capacity; i > 0; i--)
        if (best[i, w] != best[i - 1, w]) { chosen.Add(items[i - 1].Name); w -= items[i - 1].Weight; }
    chosen.Reverse();
    return (best[items.Length, capacity], chosen);
}

var (value, picked) = Knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200);
return new { paths = Paths(0, 0), memoSize = memo.Count, lcs = Lcs("AGGTABQXY", "GXTXAYBQY"), value, picked };
