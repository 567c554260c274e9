using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// The second generated shape (issue 13, group 6): fewer, bigger files (about 500 lines each) of
/// expression-heavy ordinary code: string interpolation, arithmetic, user-defined operators and
/// conversions, generics, events, async methods, exceptions, query syntax; one banned use a file and one
/// more in the first (101 for 100 files).
/// </summary>
public static class BigFilesProject
{
    public static CSharpCompilation Create(int files) =>
        SyntheticProject.Compile("BigFiles", Enumerable.Range(0, files).Select(i => (File(i), $"Big{i}.cs")));

    private static string File(int i)
    {
        string methods = string.Concat(Enumerable.Range(0, 8).Select(j => Methods(i, j)));
        string extra = i == 0 ? "public static string Home() => System.Environment.GetEnvironmentVariable(\"HOME\") ?? \"\";" : "";
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace Big.Area{{i % 13}};

            public readonly record struct Money{{i}}(decimal Amount, string Currency)
            {
                public static Money{{i}} operator +(Money{{i}} a, Money{{i}} b) => a.Currency == b.Currency ? new(a.Amount + b.Amount, a.Currency) : throw new InvalidOperationException("currency");
                public static Money{{i}} operator *(Money{{i}} a, decimal factor) => new(a.Amount * factor, a.Currency);
                public static bool operator >(Money{{i}} a, Money{{i}} b) => a.Amount > b.Amount;
                public static bool operator <(Money{{i}} a, Money{{i}} b) => a.Amount < b.Amount;
                public static implicit operator decimal(Money{{i}} m) => m.Amount;
                public override string ToString() => $"{Amount.ToString("F2", CultureInfo.InvariantCulture)} {Currency}";
            }

            [Flags]
            public enum Status{{i}} { None = 0, Open = 1, Paid = 2, Shipped = 4, Closed = 8 }

            public sealed class Cache{{i}}<TKey, TValue> where TKey : notnull
            {
                private readonly Dictionary<TKey, (TValue Value, int Hits)> items = new();
                public event EventHandler<TKey>? Evicted;
                public int Capacity { get; init; } = 64;
                public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
                {
                    if (items.TryGetValue(key, out var entry))
                    {
                        items[key] = (entry.Value, entry.Hits + 1);
                        return entry.Value;
                    }

                    if (items.Count >= Capacity)
                    {
                        var coldest = items.OrderBy(p => p.Value.Hits).First().Key;
                        items.Remove(coldest);
                        Evicted?.Invoke(this, coldest);
                    }

                    var value = factory(key);
                    items[key] = (value, 1);
                    return value;
                }
            }

            public sealed class Ledger{{i}}
            {
                private readonly List<(string Name, Money{{i}} Price, Status{{i}} Status, DateTime At)> lines = new();
                private readonly Cache{{i}}<string, int> lengths = new() { Capacity = 16 };
                private int version;

                public int Count => lines.Count;

                public void Add(string name, decimal amount, Status{{i}} status)
                {
                    if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name", nameof(name));
                    lines.Add((name.Trim(), new Money{{i}}(amount, "EUR"), status, new DateTime(2024, 1, 1).AddDays(lines.Count)));
                    version++;
                }
            {{methods}}
                {{extra}}
                public string Leak() => {{SyntheticProject.Banned(i)}};
            }
            """;
    }

    private static string Methods(int i, int j) => $$"""

            public Money{{i}} Total{{j}}(Status{{i}} mask)
            {
                var total = new Money{{i}}(0m, "EUR");
                foreach (var line in lines)
                {
                    if ((line.Status & mask) != Status{{i}}.None && line.Price > new Money{{i}}({{j}}m, "EUR"))
                    {
                        total = total + line.Price * 1.{{j}}m;
                    }
                }

                return total;
            }

            public string Render{{j}}(int width)
            {
                var sb = new StringBuilder();
                for (int k = 0; k < lines.Count && k < width; k++)
                {
                    var (name, price, status, at) = lines[k];
                    sb.Append($"{k,3}: {name,-20} {price,12} {status} {at:yyyy-MM-dd} {lengths.GetOrAdd(name, n => n.Length)}");
                    sb.AppendLine(k % 2 == 0 ? " *" : string.Empty);
                }

                return sb.ToString();
            }

            public IEnumerable<string> Query{{j}}(decimal minimum) =>
                from line in lines
                where (decimal)line.Price >= minimum + {{j}}
                orderby line.At descending, line.Name
                group line by line.Status into byStatus
                select $"{byStatus.Key}: {byStatus.Count()} / {byStatus.Sum(l => (decimal)l.Price):F2}";

            public async Task<int> CountAsync{{j}}(Func<string, Task<bool>> predicate)
            {
                int count = 0;
                foreach (var line in lines.ToArray())
                {
                    if (await predicate(line.Name).ConfigureAwait(false))
                    {
                        count += line.Name.Length > {{j}} ? 1 : 0;
                    }
                }

                return count;
            }

            public double Statistics{{j}}()
            {
                if (lines.Count == 0) return double.NaN;
                double mean = lines.Average(l => (double)l.Price.Amount);
                double variance = lines.Sum(l => Math.Pow((double)l.Price.Amount - mean, 2)) / lines.Count;
                int[] buckets = new int[{{j + 4}}];
                foreach (var line in lines)
                {
                    int b = Math.Clamp((int)((double)line.Price.Amount / (mean + 1) * {{j + 2}}), 0, buckets.Length - 1);
                    buckets[b]++;
                }

                return Math.Sqrt(variance) + buckets.Max() * 0.{{j}} - version % 3;
            }

            public string Classify{{j}}(object? value)
            {
                try
                {
                    return value switch
                    {
                        null => "null",
                        Money{{i}} { Amount: > {{j * 10}} } m => "big " + m,
                        Money{{i}} m => "small " + m.Currency,
                        Status{{i}} s when s.HasFlag(Status{{i}}.Closed) => "closed",
                        string { Length: > {{j}} } s => s.ToUpperInvariant(),
                        IEnumerable<int> numbers => numbers.Where(n => n % {{j + 2}} == 0).Sum().ToString(CultureInfo.InvariantCulture),
                        _ => value.ToString() ?? "",
                    };
                }
                catch (InvalidCastException ex) when (ex.Message.Length > 0)
                {
                    return "invalid: " + ex.Message;
                }
                finally
                {
                    version++;
                }
            }

        """;
}
