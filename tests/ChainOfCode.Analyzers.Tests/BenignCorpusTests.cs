namespace ChainOfCode.Analyzers.Tests;

/// <summary>Realistic benign snippets: no diagnostic at all, in denylist mode and in the scripts' allowlist mode.</summary>
public class BenignCorpusTests
{
    public static TheoryData<string, string> Snippets()
    {
        var data = new TheoryData<string, string>();
        foreach ((string name, string body) in Corpus)
        {
            data.Add(name, body);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public Task Produces_no_diagnostic(string name, string body) => Verify.Analyzer(Wrap(name, body));

    [Theory]
    [MemberData(nameof(Snippets))]
    public Task Produces_no_diagnostic_in_allowlist_mode(string name, string body) =>
        Verify.Analyzer(Wrap(name, body), ("ChainOfCode.policy", "mode: allowlist\n"));

    private static string Wrap(string name, string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Text.RegularExpressions;
        public static class Snippet_{{name}}
        {
        {{body}}
        }
        """;

    private static readonly (string Name, string Body)[] Corpus =
    {
        ("WordSorting", """
            public static string Run(string words) => string.Join(" ", words.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderBy(w => w, StringComparer.Ordinal));
            """),
        ("BooleanExpression", """
            public static bool Run() => !(true && false) || (false ^ true) && !false;
            """),
        ("DateArithmetic", """
            public static string Run()
            {
                var d = new DateTime(2024, 2, 28).AddDays(2);
                return d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) + " " + (d - new DateTime(2024, 1, 1)).TotalDays + " " + d.DayOfWeek;
            }
            """),
        ("ObjectCounting", """
            public static int Run()
            {
                var items = new Dictionary<string, int> { ["apple"] = 2, ["banana"] = 1, ["carrot"] = 3 };
                var fruit = new HashSet<string> { "apple", "banana" };
                return items.Where(kv => fruit.Contains(kv.Key)).Sum(kv => kv.Value);
            }
            """),
        ("RecordsAndWith", """
            public record Person(string Name, int Age);
            public static string Run()
            {
                var p = new Person("Ada", 36);
                var q = p with { Age = 37 };
                return q.ToString() + (p == q);
            }
            """),
        ("RegexWithTimeout", """
            private static readonly Regex Digits = new Regex(@"\d+", RegexOptions.None, TimeSpan.FromSeconds(1));
            public static int Run(string s) => Digits.Matches(s).Count + (Regex.IsMatch(s, "a+", RegexOptions.None, TimeSpan.FromMilliseconds(100)) ? 1 : 0);
            """),
        ("NonBacktrackingRegex", """
            public static string Run(string s) => Regex.Replace(s, "(a|b)+", "x", RegexOptions.NonBacktracking);
            """),
        ("StringBuilderWork", """
            public static string Run(int n)
            {
                var sb = new StringBuilder();
                for (int i = 0; i < n; i++) { sb.Append(i).Append(','); }
                return sb.ToString().TrimEnd(',').ToUpperInvariant();
            }
            """),
        ("DyckLanguage", """
            public static string Run(string s)
            {
                var stack = new Stack<char>();
                var pairs = new Dictionary<char, char> { [')'] = '(', [']'] = '[', ['}'] = '{', ['>'] = '<' };
                foreach (char c in s)
                {
                    if (pairs.ContainsValue(c)) stack.Push(c);
                    else if (pairs.TryGetValue(c, out char open) && stack.Count > 0 && stack.Peek() == open) stack.Pop();
                }
                var closing = pairs.ToDictionary(kv => kv.Value, kv => kv.Key);
                return new string(stack.Select(c => closing[c]).ToArray());
            }
            """),
        ("Navigation", """
            public static bool Run((string Dir, int Steps)[] moves)
            {
                int x = 0, y = 0;
                foreach (var (dir, steps) in moves)
                {
                    switch (dir) { case "N": y += steps; break; case "S": y -= steps; break; case "E": x += steps; break; default: x -= steps; break; }
                }
                return x == 0 && y == 0;
            }
            """),
        ("MultistepArithmetic", """
            public static long Run() => checked(((-5 + 9 * -3 - 0) - (-7 - -1 + 2 * 8)) * 3L);
            """),
        ("TupleSwapAndDeconstruction", """
            public static (int, int) Run(int a, int b) { (a, b) = (b, a); return (a, b); }
            """),
        ("LinqGroupBy", """
            public static string Run(IEnumerable<string> words) =>
                string.Join(";", words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + ":" + g.Count()));
            """),
        ("Fibonacci", """
            public static long Run(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { (a, b) = (b, a + b); } return a; }
            """),
        ("RecursiveFactorial", """
            public static System.Numerics.BigInteger Run(int n) => n <= 1 ? 1 : n * Run(n - 1);
            """),
        ("Primes", """
            public static List<int> Run(int max) => Enumerable.Range(2, max - 1).Where(n => Enumerable.Range(2, (int)Math.Sqrt(n) - 1).All(d => n % d != 0)).ToList();
            """),
        ("TemporalSequences", """
            public static TimeSpan Run() => TimeSpan.FromHours(17) - TimeSpan.FromHours(9.5) + TimeSpan.Parse("00:30", CultureInfo.InvariantCulture);
            """),
        ("PatternMatching", """
            public static string Run(object o) => o switch
            {
                int i when i > 10 => "big",
                int => "small",
                string { Length: 0 } => "empty",
                string s => s,
                null => "null",
                _ => "other",
            };
            """),
        ("SwitchOnEnum", """
            public enum Color { Red, Green, Blue }
            public static int Run(Color c) => c switch { Color.Red => 1, Color.Green => 2, _ => 3 };
            """),
        ("Generics", """
            public static T Max<T>(IEnumerable<T> xs) where T : IComparable<T> => xs.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
            public static int Run() => Max(new[] { 3, 9, 2 });
            """),
        ("LocalFunctionsAndLambdas", """
            public static int Run()
            {
                Func<int, int> square = x => x * x;
                int Twice(int x) => x * 2;
                return Twice(square(3));
            }
            """),
        ("IteratorMethod", """
            public static IEnumerable<int> Evens(int max) { for (int i = 0; i <= max; i += 2) yield return i; }
            public static int Run() => Evens(10).Sum();
            """),
        ("ExceptionsHandled", """
            public static int Run(string s)
            {
                try { return int.Parse(s, CultureInfo.InvariantCulture); }
                catch (FormatException) { return -1; }
                finally { }
            }
            """),
        ("DictionaryCounting", """
            public static string Run(string text)
            {
                var counts = new SortedDictionary<char, int>();
                foreach (char c in text.Where(char.IsLetter)) { counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1; }
                return string.Concat(counts.Select(kv => $"{kv.Key}{kv.Value}"));
            }
            """),
        ("StringFormatting", """
            public static string Run(double x) => string.Format(CultureInfo.InvariantCulture, "{0:F2}|{1,5}|{2:X}", x, 42, 255) + $"{x:0.0}";
            """),
        ("MathFunctions", """
            public static double Run() => Math.Round(Math.Pow(2, 10) + Math.Sqrt(2) * Math.PI - Math.Abs(-3) + Math.Max(1, 2) + Math.Floor(2.7), 3);
            """),
        ("ArraysAndSpans", """
            public static int Run()
            {
                int[] a = { 5, 3, 1, 4 };
                Array.Sort(a);
                ReadOnlySpan<int> s = a.AsSpan(1, 2);
                return s[0] + s[1] + a[^1];
            }
            """),
        ("JsonSerialization", """
            public static string Run() => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, int[]> { ["a"] = new[] { 1, 2 } });
            """),
        ("JsonParsing", """
            public static int Run(string json)
            {
                using var doc = System.Text.Json.JsonDocument.Parse(json);
                return doc.RootElement.GetProperty("n").GetInt32();
            }
            """),
        ("QueueBfs", """
            public static int Run(Dictionary<int, int[]> graph)
            {
                var seen = new HashSet<int> { 0 };
                var queue = new Queue<int>();
                queue.Enqueue(0);
                while (queue.Count > 0) { foreach (int n in graph[queue.Dequeue()]) if (seen.Add(n)) queue.Enqueue(n); }
                return seen.Count;
            }
            """),
        ("LinkedListAndSortedSet", """
            public static string Run()
            {
                var list = new LinkedList<int>(new[] { 3, 1, 2 });
                list.AddFirst(0);
                var set = new SortedSet<int>(list);
                return string.Join(",", set.Reverse());
            }
            """),
        ("CharArithmetic", """
            public static string Run(string s) => new string(s.Select(c => char.IsLower(c) ? (char)('a' + (c - 'a' + 13) % 26) : c).ToArray());
            """),
        ("DecimalMoney", """
            public static decimal Run(decimal price, int qty) => Math.Round(price * qty * 1.08m, 2, MidpointRounding.AwayFromZero);
            """),
        ("AsyncAwaitWithoutThreads", """
            public static async System.Threading.Tasks.Task<int> Run() { await System.Threading.Tasks.Task.Yield(); return await System.Threading.Tasks.Task.FromResult(41) + 1; }
            """),
        ("ComparerAndSorting", """
            public static List<string> Run(List<string> xs) { xs.Sort(StringComparer.OrdinalIgnoreCase); xs.Reverse(); return xs; }
            """),
        ("NullableAndCoalescing", """
            public static int Run(int? a, string? s) => (a ?? 0) + (s?.Length ?? 0);
            """),
        ("StaticLocalMemoization", """
            private static readonly Dictionary<int, long> Memo = new();
            public static long Run(int n) => n < 2 ? n : Memo.TryGetValue(n, out long v) ? v : Memo[n] = Run(n - 1) + Run(n - 2);
            """),
    };
}
