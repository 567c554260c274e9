using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Benchmarks;

/// <summary>A generated project of ordinary application code (about 100 lines a file) with a few banned calls.</summary>
public static class SyntheticProject
{
    public static CSharpCompilation Create(int files) => Compile("Synthetic", Enumerable.Range(0, files).Select(i => (File(i), $"File{i}.cs")));

    /// <summary>A generated corpus' files as one library compilation (latest language, nullable on, .NET 10 references): every corpus is built the same way.</summary>
    public static CSharpCompilation Compile(string assembly, IEnumerable<(string Text, string Path)> files, bool allowUnsafe = false)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            assembly,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Path)),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: allowUnsafe));
    }

    public static int CountLines(Compilation compilation) => compilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count);

    /// <summary>The catalog's symbol lines in BannedApiAnalyzers' format (what it can express: no exceptions, no features).</summary>
    public static AdditionalText BannedSymbols()
    {
        var text = new StringBuilder();
        foreach (var capability in ChainOfCode.Analyzers.Rules.Policy.Default.Capabilities)
        {
            foreach (var entry in capability.Entries)
            {
                if (!entry.IsAllow && !entry.IsWildcard)
                {
                    text.Append(entry.Kind).Append(':').Append(entry.Id).Append(';').Append(capability.Title).Append('\n');
                }
            }
        }

        return new InMemoryText("BannedSymbols.txt", text.ToString());
    }

    public static AdditionalText Policy(string text) => new InMemoryText("ChainOfCode.policy", text);

    private static string File(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Text.RegularExpressions;

        namespace Synthetic.Area{{i % 17}};

        public sealed record Order{{i}}(int Id, string Customer, decimal Amount, DateTime PlacedAt);

        public sealed class Service{{i}}
        {
            private readonly Dictionary<string, List<Order{{i}}>> byCustomer = new(StringComparer.Ordinal);
            private static readonly Regex Code = new Regex("^[A-Z]{3}-\\d+$", RegexOptions.None, TimeSpan.FromSeconds(1));

            public void Add(Order{{i}} order)
            {
                if (!byCustomer.TryGetValue(order.Customer, out var list))
                {
                    list = new List<Order{{i}}>();
                    byCustomer[order.Customer] = list;
                }

                list.Add(order);
            }

            public decimal Total(string customer) =>
                byCustomer.TryGetValue(customer, out var list) ? list.Sum(o => o.Amount) : 0m;

            public IEnumerable<(string Customer, decimal Total)> Top(int n) =>
                byCustomer
                    .Select(kv => (kv.Key, kv.Value.Sum(o => o.Amount)))
                    .OrderByDescending(t => t.Item2)
                    .ThenBy(t => t.Key, StringComparer.Ordinal)
                    .Take(n);

            public string Report(CultureInfo culture)
            {
                var sb = new StringBuilder();
                foreach (var (customer, total) in Top(10))
                {
                    sb.Append(customer).Append(": ").AppendLine(total.ToString("C", culture));
                }

                return sb.ToString();
            }

            public bool IsValidCode(string code) => Code.IsMatch(code);

            public int[] Histogram(int buckets)
            {
                var result = new int[buckets];
                foreach (var order in byCustomer.Values.SelectMany(v => v))
                {
                    int bucket = Math.Min(buckets - 1, (int)(order.Amount / 100m));
                    result[bucket]++;
                }

                return result;
            }

            public Dictionary<DayOfWeek, int> ByWeekday() =>
                byCustomer.Values.SelectMany(v => v)
                    .GroupBy(o => o.PlacedAt.DayOfWeek)
                    .ToDictionary(g => g.Key, g => g.Count());

            public string Normalize(string name)
            {
                var trimmed = name.Trim();
                if (trimmed.Length == 0)
                {
                    throw new ArgumentException("empty", nameof(name));
                }

                return char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1).ToLowerInvariant();
            }

            public long Fibonacci(int n)
            {
                long a = 0, b = 1;
                for (int k = 0; k < n; k++)
                {
                    (a, b) = (b, a + b);
                }

                return a;
            }

            public string Describe(object value) => value switch
            {
                int x when x > 100 => "large",
                int => "small",
                string { Length: 0 } => "empty",
                string s => s,
                _ => "other",
            };

            public string Leak() => {{Banned(i)}};
        }
        """;

    /// <summary>The planted banned use of file <paramref name="i"/>, one of five routes (shared by the generated shapes).</summary>
    internal static string Banned(int i) => (i % 5) switch
    {
        0 => "System.IO.File.ReadAllText(\"secret\")",
        1 => "System.Environment.GetEnvironmentVariable(\"HOME\") ?? \"\"",
        2 => "System.Diagnostics.Process.GetCurrentProcess().ProcessName",
        3 => "System.Type.GetType(\"System.IO.File\")?.Name ?? \"\"",
        _ => "System.Environment.MachineName",
    };

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
