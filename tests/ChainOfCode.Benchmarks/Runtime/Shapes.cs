namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>The scripts the runtime benchmarks run.</summary>
public static class Shapes
{
    /// <summary>A small ordinary script; <paramref name="n"/> makes its text distinct.</summary>
    public static string Small(long n) => $$"""
        var words = "the quick brown fox jumps over the lazy dog {{n}}".Split(' ');
        var counts = new Dictionary<string, int>();
        foreach (var w in words) { counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1; }
        var longest = words.OrderByDescending(w => w.Length).First();
        return longest + counts.Count;
        """;

    /// <summary>The CPU-bound shapes of group 2, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cpu = new Dictionary<string, string>
    {
        ["loops"] = """
            long sum = 0;
            for (var i = 0; i < 10_000; i++) { for (var j = 0; j < 1_000; j++) { sum += i ^ j; } }
            return sum;
            """,
        ["loops-in-method"] = """
            long Sum() { long s = 0; for (var i = 0; i < 10_000; i++) { for (var j = 0; j < 1_000; j++) { s += i ^ j; } } return s; }
            return Sum();
            """,
        ["fib25x10"] = """
            int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            var total = 0;
            for (var k = 0; k < 10; k++) { total += Fib(25); }
            return total;
            """,
        ["strings"] = """
            var sb = new StringBuilder();
            for (var i = 0; i < 300_000; i++) { sb.Append(i).Append(','); }
            var text = sb.ToString();
            var parts = 0;
            foreach (var piece in text.Split(',')) { if (piece.Length > 3) parts++; }
            return parts;
            """,
        ["linq"] = """
            var values = Enumerable.Range(0, 2_000_000).Where(x => x % 3 == 0).Select(x => (long)x * 2).Sum();
            var groups = Enumerable.Range(0, 200_000).GroupBy(x => x % 10).Select(g => g.Count()).Max();
            return values + groups;
            """,
        ["regex"] = """
            var hits = 0;
            for (var i = 0; i < 50_000; i++) { if (Regex.IsMatch("item-" + i, @"^item-\d+[05]$")) hits++; }
            return hits;
            """,
    };

    /// <summary>Loops nested <paramref name="depth"/> deep, about 10^7 innermost turns in all.</summary>
    public static string Nested(int depth)
    {
        int n = (int)Math.Round(Math.Pow(1e7, 1.0 / depth));
        var open = new System.Text.StringBuilder();
        var close = new System.Text.StringBuilder();
        for (int d = 0; d < depth; d++)
        {
            open.Append($"for (var i{d} = 0; i{d} < {n}; i{d}++) {{ ");
            close.Append("} ");
        }

        return $"long sum = 0; {open}sum += i{depth - 1} ^ i0; {close}return sum;";
    }

    /// <summary>An ordinary script of about <paramref name="kilobytes"/> KB (functions with loops, LINQ and strings), distinct by <paramref name="n"/>.</summary>
    public static string OfSize(int kilobytes, long n)
    {
        var text = new System.Text.StringBuilder($"// {n}\nvar results = new List<int>();\n");
        int i = 0;
        while (text.Length < kilobytes * 1024)
        {
            text.Append($$"""
                int Work{{i}}(int limit)
                {
                    var total = 0;
                    for (var k = 0; k < limit; k++) { total += k % {{i % 7 + 2}}; }
                    var words = "alpha beta gamma {{i}}".Split(' ').Where(w => w.Length > 4).ToList();
                    return total + words.Count + string.Join("-", words).Length;
                }
                results.Add(Work{{i}}(10));

                """);
            i++;
        }

        return text.Append("return results.Sum();\n").ToString();
    }
}
