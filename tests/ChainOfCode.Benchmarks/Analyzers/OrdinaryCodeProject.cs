using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// The third generated shape (issue 13, group 6): `--corpus ordinary`, 100 files of about 500 lines of
/// ordinary application and library code in a wide mix, chosen per file by a seeded random draw among
/// many type templates (generic classes with constraints, structs with operators, interfaces with default
/// members, records, delegates and events, iterators, extension classes, builders, comparers, async
/// disposables) and member templates (LINQ chains and query syntax, strings, collections and spans,
/// pattern matching, tuples, nullable handling, async/await, try/catch/finally/using, yield, exceptions,
/// Math/DateTime/TimeSpan/Guid/Convert/parse/format calls, generic calls, initializers, casts, nameof/typeof/
/// default, checked arithmetic, ref/out/in, member access chains, enums, lambdas and local functions, locks,
/// JSON and XML construction), so that whole kinds of code the two one-template corpora under-sample are
/// there. One planted banned use a file and one more in the first (101 for 100 files), over 25 routes
/// of nine rules (members, constructors, properties, method groups, declared types, typeof, patterns,
/// casts, enum constants, attributes, wildcard namespaces, stackalloc).
/// </summary>
public static class OrdinaryCodeProject
{
    public static CSharpCompilation Create(int files) =>
        SyntheticProject.Compile("Ordinary", Enumerable.Range(0, files).Select(i => (File(i), $"Ordinary{i}.cs")), allowUnsafe: true);

    /// <summary>About this many lines a file.</summary>
    private const int TargetLines = 500;

    private static string File(int i)
    {
        var random = new Random(1_000 + i);
        var text = new System.Text.StringBuilder();
        text.Append(Header(i));

        // Three to five top-level type templates, without repeats.
        foreach (int t in Enumerable.Range(0, TypeTemplates.Length).OrderBy(_ => random.Next()).Take(3 + random.Next(3)))
        {
            text.Append(TypeTemplates[t](i));
        }

        text.Append(ServiceStart(i));
        int lines = CountLines(text) + 4;
        for (int k = 0; lines < TargetLines; k++)
        {
            string member = MemberTemplates[random.Next(MemberTemplates.Length)](k);
            text.Append(member);
            lines += CountLines(member);
        }

        text.Append(Planted(i));
        if (i == 0)
        {
            text.Append(Planted(Routes.Length - 1));
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static int CountLines(System.Text.StringBuilder text)
    {
        int count = 0;
        for (int c = 0; c < text.Length; c++)
        {
            if (text[c] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');

    private static string Header(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Diagnostics.CodeAnalysis;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Ordinary.Area{{i % 11}}.Part{{i}};

        [Flags]
        public enum Kind
        {
            None = 0,
            Book = 1,
            Music = 2,
            Video = 4,
            Game = 8,
            Media = Music | Video,
        }

        public sealed record Item(int Id, string Name, decimal Price, DateTime At, Kind Kind)
        {
            public string? Note { get; init; }
            public bool IsMedia => (Kind & Kind.Media) != 0;
            public Item WithDiscount(decimal percent) => this with { Price = Math.Round(Price * (1 - percent / 100m), 2) };
        }

        public sealed class ItemEventArgs : EventArgs
        {
            public ItemEventArgs(Item item) => Item = item;
            public Item Item { get; }
        }


        """;

    private static string ServiceStart(int i) => $$"""
        [Description("Service of part {{i}}")]
        public sealed partial class Service : IDisposable
        {
            public const int MaxItems = {{100 + i}};
            private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
            private readonly List<Item> items = new();
            private readonly Dictionary<string, Item> byName = new(StringComparer.OrdinalIgnoreCase);
            private readonly object gate = new();
            private int version;
            private bool disposed;

            public Service(IEnumerable<Item> seed)
            {
                foreach (var item in seed)
                {
                    Add(item);
                }
            }

            public Service() : this(Array.Empty<Item>())
            {
            }

            public event EventHandler<ItemEventArgs>? Changed;

            public int Count => items.Count;

            public int Version { get => version; private set => version = value; }

            public string Title { get; set; } = "part {{i}}";

            public Item this[int index] => items[index];

            public Item? this[string name] => byName.TryGetValue(name, out var item) ? item : null;

            public void Add(Item item)
            {
                ArgumentNullException.ThrowIfNull(item);
                ObjectDisposedException.ThrowIf(disposed, this);
                if (items.Count >= MaxItems)
                {
                    throw new InvalidOperationException($"at most {MaxItems} items");
                }

                items.Add(item);
                byName[item.Name] = item;
                Version++;
                Changed?.Invoke(this, new ItemEventArgs(item));
            }

            public void Dispose()
            {
                disposed = true;
                items.Clear();
                byName.Clear();
            }

        """;

    // ---- Type templates: each a few top-level types, in the file's own namespace ----

    private static readonly Func<int, string>[] TypeTemplates =
    {
        i => $$"""
            public sealed class Repository<TKey, TValue>
                where TKey : notnull, IComparable<TKey>
                where TValue : class, new()
            {
                private readonly SortedDictionary<TKey, TValue> store = new();

                public TValue this[TKey key]
                {
                    get => store.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key.ToString());
                    set => store[key] = value ?? throw new ArgumentNullException(nameof(value));
                }

                public int Count => store.Count;

                public TValue GetOrCreate(TKey key)
                {
                    if (!store.TryGetValue(key, out var value))
                    {
                        value = new TValue();
                        store.Add(key, value);
                    }

                    return value;
                }

                public IEnumerable<KeyValuePair<TKey, TValue>> Between(TKey low, TKey high) =>
                    store.Where(p => p.Key.CompareTo(low) >= 0 && p.Key.CompareTo(high) <= 0);

                public bool Remove(TKey key, [NotNullWhen(true)] out TValue? removed) => store.TryGetValue(key, out removed) && store.Remove(key);
            }


            """,
        i => $$"""
            public readonly struct Point : IEquatable<Point>
            {
                public static readonly Point Origin = new(0, 0);

                public Point(double x, double y)
                {
                    X = x;
                    Y = y;
                }

                public double X { get; }
                public double Y { get; }
                public double Length => Math.Sqrt(X * X + Y * Y);

                public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
                public static Point operator -(Point a, Point b) => new(a.X - b.X, a.Y - b.Y);
                public static Point operator *(Point a, double k) => new(a.X * k, a.Y * k);
                public static bool operator ==(Point a, Point b) => a.Equals(b);
                public static bool operator !=(Point a, Point b) => !a.Equals(b);
                public static implicit operator Point((double X, double Y) t) => new(t.X, t.Y);
                public static explicit operator (double, double)(Point p) => (p.X, p.Y);

                public void Deconstruct(out double x, out double y)
                {
                    x = X;
                    y = Y;
                }

                public bool Equals(Point other) => X.Equals(other.X) && Y.Equals(other.Y);
                public override bool Equals(object? obj) => obj is Point other && Equals(other);
                public override int GetHashCode() => HashCode.Combine(X, Y);
                public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({X:F2}, {Y:F2})");

                public static Point Centroid(IReadOnlyList<Point> points)
                {
                    var sum = Origin;
                    foreach (var p in points)
                    {
                        sum += p;
                    }

                    return points.Count == 0 ? Origin : sum * (1.0 / points.Count);
                }
            }


            """,
        i => $$"""
            public interface IShape
            {
                string Name { get; }
                double Area();
                double Perimeter();
                string Describe() => $"{Name}: area {Area():F1}, perimeter {Perimeter():F1}";
            }

            public abstract class ShapeBase : IShape, IComparable<ShapeBase>
            {
                protected ShapeBase(string name) => Name = name;
                public string Name { get; }
                public abstract double Area();
                public abstract double Perimeter();
                public int CompareTo(ShapeBase? other) => other is null ? 1 : Area().CompareTo(other.Area());
                public override string ToString() => ((IShape)this).Describe();
            }

            public sealed class Circle : ShapeBase
            {
                public Circle(double radius) : base("circle") => Radius = radius > 0 ? radius : throw new ArgumentOutOfRangeException(nameof(radius));
                public double Radius { get; }
                public override double Area() => Math.PI * Radius * Radius;
                public override double Perimeter() => 2 * Math.PI * Radius;
            }

            public sealed class Rectangle : ShapeBase
            {
                public Rectangle(double width, double height) : base("rectangle") => (Width, Height) = (width, height);
                public double Width { get; }
                public double Height { get; }
                public override double Area() => Width * Height;
                public override double Perimeter() => 2 * (Width + Height);
                public Rectangle Scale(double k) => new(Width * k, Height * k);
            }


            """,
        i => $$"""
            public static class TextExtensions
            {
                public static string Truncate(this string value, int max) =>
                    string.IsNullOrEmpty(value) || value.Length <= max ? value : value[..max] + "…";

                public static bool IsBlank([NotNullWhen(false)] this string? value) => string.IsNullOrWhiteSpace(value);

                public static IEnumerable<T> WhereNotNull<T>(this IEnumerable<T?> source) where T : class
                {
                    foreach (var item in source)
                    {
                        if (item is not null)
                        {
                            yield return item;
                        }
                    }
                }

                public static TValue GetOrAdd<TKey, TValue>(this IDictionary<TKey, TValue> map, TKey key, Func<TKey, TValue> factory)
                {
                    if (!map.TryGetValue(key, out var value))
                    {
                        value = factory(key);
                        map[key] = value;
                    }

                    return value;
                }

                public static string ToTitle(this string value) =>
                    CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value.ToLowerInvariant());

                public static int WordCount(this string value) =>
                    value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }


            """,
        i => $$"""
            public abstract record Message(Guid Id, DateTimeOffset Sent)
            {
                public abstract int Size { get; }
            }

            public sealed record TextMessage(Guid Id, DateTimeOffset Sent, string Body) : Message(Id, Sent)
            {
                public override int Size => Encoding.UTF8.GetByteCount(Body);
            }

            public sealed record BinaryMessage(Guid Id, DateTimeOffset Sent, byte[] Payload) : Message(Id, Sent)
            {
                public override int Size => Payload.Length;
                public string Hex => Convert.ToHexString(Payload);
            }

            public static class Messages
            {
                public static Message Create(string body, bool binary) => binary
                    ? new BinaryMessage(Guid.NewGuid(), DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(body))
                    : new TextMessage(Guid.NewGuid(), DateTimeOffset.UtcNow, body);

                public static string Summary(Message message) => message switch
                {
                    TextMessage { Body.Length: > 80 } text => text.Body[..80],
                    TextMessage text => text.Body,
                    BinaryMessage binary => $"{binary.Size} bytes: {binary.Hex}",
                    _ => throw new NotSupportedException(message.GetType().Name),
                };

                public static TextMessage Edit(TextMessage message, string body) => message with { Body = body, Sent = message.Sent.AddSeconds(1) };
            }


            """,
        i => $$"""
            public delegate void ProgressHandler(object sender, int done, int total);

            public sealed class Job
            {
                private readonly List<Func<int, int>> steps = new();

                public event ProgressHandler? Progress;
                public event EventHandler? Completed;

                public Job Then(Func<int, int> step)
                {
                    steps.Add(step);
                    return this;
                }

                public int Run(int seed)
                {
                    int value = seed;
                    for (int n = 0; n < steps.Count; n++)
                    {
                        value = steps[n](value);
                        Progress?.Invoke(this, n + 1, steps.Count);
                    }

                    Completed?.Invoke(this, EventArgs.Empty);
                    return value;
                }

                public static int Demo()
                {
                    var job = new Job().Then(x => x + 1).Then(x => x * 2).Then(static x => x - 3);
                    int reported = 0;
                    job.Progress += (_, done, _) => reported = done;
                    ProgressHandler handler = delegate (object sender, int done, int total) { reported += total; };
                    job.Progress += handler;
                    int result = job.Run(10);
                    job.Progress -= handler;
                    return result + reported;
                }
            }


            """,
        i => $$"""
            public readonly struct Result<T>
            {
                private readonly T? value;
                private readonly string? error;

                private Result(T? value, string? error, bool ok)
                {
                    this.value = value;
                    this.error = error;
                    IsOk = ok;
                }

                public bool IsOk { get; }

                public static Result<T> Ok(T value) => new(value, null, true);
                public static Result<T> Fail(string error) => new(default, error, false);

                public TOut Match<TOut>(Func<T, TOut> ok, Func<string, TOut> fail) => IsOk ? ok(value!) : fail(error ?? "unknown");

                public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsOk ? Result<TOut>.Ok(map(value!)) : Result<TOut>.Fail(error!);

                public T ValueOr(T fallback) => IsOk ? value! : fallback;

                public static Result<int> ParseInt(string text) =>
                    int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? Result<int>.Ok(n) : Result<int>.Fail($"not a number: {text}");
            }


            """,
        i => $$"""
            public sealed class Countdown : IEnumerable<int>
            {
                private readonly int start;

                public Countdown(int start) => this.start = start;

                public IEnumerator<int> GetEnumerator()
                {
                    for (int n = start; n >= 0; n--)
                    {
                        yield return n;
                    }
                }

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

                public static IEnumerable<(int Index, T Value)> Indexed<T>(IEnumerable<T> source)
                {
                    int index = 0;
                    foreach (T value in source)
                    {
                        yield return (index++, value);
                    }
                }

                public static IEnumerable<int[]> Chunks(IEnumerable<int> source, int size)
                {
                    var chunk = new List<int>(size);
                    foreach (int n in source)
                    {
                        chunk.Add(n);
                        if (chunk.Count == size)
                        {
                            yield return chunk.ToArray();
                            chunk.Clear();
                        }
                    }

                    if (chunk.Count > 0)
                    {
                        yield return chunk.ToArray();
                    }
                }
            }


            """,
        i => $$"""
            public sealed class Connection : IAsyncDisposable, IDisposable
            {
                private readonly Queue<string> sent = new();
                private bool open = true;

                public string Endpoint { get; init; } = "local";
                public int Retries { get; init; } = 3;

                public async ValueTask<int> SendAsync(string payload, CancellationToken cancellationToken = default)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!open)
                    {
                        throw new ObjectDisposedException(nameof(Connection));
                    }

                    await Task.Yield();
                    sent.Enqueue(payload);
                    return payload.Length;
                }

                public async Task<IReadOnlyList<int>> SendAllAsync(IEnumerable<string> payloads, CancellationToken cancellationToken)
                {
                    var sizes = new List<int>();
                    foreach (var payload in payloads)
                    {
                        sizes.Add(await SendAsync(payload, cancellationToken).ConfigureAwait(false));
                    }

                    return sizes;
                }

                public ValueTask DisposeAsync()
                {
                    Dispose();
                    return ValueTask.CompletedTask;
                }

                public void Dispose()
                {
                    open = false;
                    sent.Clear();
                }
            }


            """,
        i => $$"""
            public sealed class Report
            {
                public string Title { get; set; } = "";
                public List<string> Lines { get; } = new();
                public Dictionary<string, decimal> Totals { get; } = new(StringComparer.Ordinal);
                public DateTime Created { get; init; } = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            }

            public sealed class ReportBuilder
            {
                private readonly Report report = new();

                public ReportBuilder WithTitle(string title)
                {
                    report.Title = title.Trim();
                    return this;
                }

                public ReportBuilder Line(string format, params object[] args)
                {
                    report.Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
                    return this;
                }

                public ReportBuilder Total(string key, decimal amount)
                {
                    report.Totals[key] = report.Totals.GetValueOrDefault(key) + amount;
                    return this;
                }

                public Report Build() => report;

                public static Report Sample() => new ReportBuilder()
                    .WithTitle("  sample  ")
                    .Line("{0,-10}{1,8:N2}", "alpha", 1.5m)
                    .Line("{0,-10}{1,8:N2}", "beta", 22.25m)
                    .Total("alpha", 1.5m)
                    .Total("beta", 22.25m)
                    .Build();
            }


            """,
        i => $$"""
            public sealed class Matrix
            {
                private readonly double[,] cells;

                public Matrix(int rows, int columns) => cells = new double[rows, columns];

                public int Rows => cells.GetLength(0);
                public int Columns => cells.GetLength(1);

                public double this[int row, int column]
                {
                    get => cells[row, column];
                    set => cells[row, column] = value;
                }

                public static Matrix Identity(int size)
                {
                    var m = new Matrix(size, size);
                    for (int k = 0; k < size; k++)
                    {
                        m[k, k] = 1;
                    }

                    return m;
                }

                public static Matrix operator *(Matrix a, Matrix b)
                {
                    if (a.Columns != b.Rows)
                    {
                        throw new ArgumentException("shape mismatch");
                    }

                    var result = new Matrix(a.Rows, b.Columns);
                    for (int r = 0; r < a.Rows; r++)
                    for (int c = 0; c < b.Columns; c++)
                    {
                        double sum = 0;
                        for (int k = 0; k < a.Columns; k++)
                        {
                            sum += a[r, k] * b[k, c];
                        }

                        result[r, c] = sum;
                    }

                    return result;
                }

                public int[][] Jagged()
                {
                    var rows = new int[Rows][];
                    for (int r = 0; r < Rows; r++)
                    {
                        rows[r] = new int[Columns];
                        for (int c = 0; c < Columns; c++)
                        {
                            rows[r][c] = checked((int)Math.Round(cells[r, c]));
                        }
                    }

                    return rows;
                }
            }


            """,
        i => $$"""
            public sealed class ItemComparer : IComparer<Item>, IEqualityComparer<Item>
            {
                public static readonly ItemComparer ByPriceThenName = new();

                public int Compare(Item? x, Item? y)
                {
                    if (ReferenceEquals(x, y)) return 0;
                    if (x is null) return -1;
                    if (y is null) return 1;
                    int byPrice = x.Price.CompareTo(y.Price);
                    return byPrice != 0 ? byPrice : string.Compare(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);
                }

                public bool Equals(Item? x, Item? y) => Compare(x, y) == 0;

                public int GetHashCode(Item obj) => HashCode.Combine(obj.Price, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
            }

            public sealed class LinkedStack<T> : IEnumerable<T>
            {
                private Node? top;

                public int Count { get; private set; }

                public void Push(T value)
                {
                    top = new Node(value, top);
                    Count++;
                }

                public T Pop()
                {
                    var node = top ?? throw new InvalidOperationException("empty");
                    top = node.Next;
                    Count--;
                    return node.Value;
                }

                public bool TryPeek([MaybeNullWhen(false)] out T value)
                {
                    value = top is { } node ? node.Value : default;
                    return top is not null;
                }

                public IEnumerator<T> GetEnumerator()
                {
                    for (var node = top; node is not null; node = node.Next)
                    {
                        yield return node.Value;
                    }
                }

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

                private sealed class Node
                {
                    public Node(T value, Node? next) => (Value, Next) = (value, next);
                    public T Value { get; }
                    public Node? Next { get; }
                }
            }


            """,
        i => $$"""
            public enum Light { Red, Amber, Green, Off }

            public static class Lights
            {
                public static Light Next(Light light, bool night) => (light, night) switch
                {
                    (_, true) => Light.Amber,
                    (Light.Red, false) => Light.Green,
                    (Light.Green, false) => Light.Amber,
                    (Light.Amber, false) => Light.Red,
                    (Light.Off, _) => Light.Off,
                    _ => throw new ArgumentOutOfRangeException(nameof(light), light, null),
                };

                public static TimeSpan Duration(this Light light) => light switch
                {
                    Light.Red => TimeSpan.FromSeconds(30),
                    Light.Green => TimeSpan.FromSeconds(25),
                    Light.Amber => TimeSpan.FromSeconds(5),
                    _ => TimeSpan.Zero,
                };

                public static string Cycle(int steps)
                {
                    var sb = new StringBuilder();
                    var light = Light.Red;
                    var total = TimeSpan.Zero;
                    for (int n = 0; n < steps; n++)
                    {
                        light = Next(light, night: n % 7 == 6);
                        total += light.Duration();
                        sb.Append(light.ToString()[0]);
                    }

                    return $"{sb} in {total.TotalSeconds:F0}s";
                }
            }


            """,
        i => $$"""
            public sealed class Settings
            {
                [DefaultValue(30)]
                public int TimeoutSeconds { get; set; } = 30;

                [Obsolete("Use Endpoints")]
                public string? Endpoint { get; set; }

                public IList<string> Endpoints { get; } = new List<string>();

                [Browsable(false)]
                public Guid InstanceId { get; } = Guid.NewGuid();

                public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

                public static Settings Parse(string text)
                {
                    var settings = new Settings();
                    foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        int eq = line.IndexOf('=');
                        if (eq <= 0 || line.StartsWith('#'))
                        {
                            continue;
                        }

                        string key = line[..eq].Trim(), value = line[(eq + 1)..].Trim();
                        switch (key.ToLowerInvariant())
                        {
                            case "timeout" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds):
                                settings.TimeoutSeconds = seconds;
                                break;
                            case "endpoint":
                                settings.Endpoints.Add(value);
                                break;
                            default:
                                throw new FormatException($"unknown key '{key}'");
                        }
                    }

                    return settings;
                }
            }


            """,
        i => $$"""
            public sealed class Inventory
            {
                private readonly Dictionary<Kind, List<Item>> byKind = new();
                private readonly HashSet<int> ids = new();

                public bool TryAdd(Item item)
                {
                    if (!ids.Add(item.Id))
                    {
                        return false;
                    }

                    if (!byKind.TryGetValue(item.Kind, out var list))
                    {
                        byKind[item.Kind] = list = new List<Item>();
                    }

                    list.Add(item);
                    return true;
                }

                public IReadOnlyDictionary<Kind, decimal> Values() =>
                    byKind.ToDictionary(p => p.Key, p => p.Value.Sum(x => x.Price));

                public IEnumerable<IGrouping<int, Item>> ByYear() =>
                    byKind.Values.SelectMany(l => l).GroupBy(x => x.At.Year).OrderBy(g => g.Key);

                public Item? Cheapest(Kind kind) =>
                    byKind.TryGetValue(kind, out var list) && list.Count > 0 ? list.MinBy(x => x.Price) : null;

                public int RemoveOlderThan(DateTime cutoff)
                {
                    int removed = 0;
                    foreach (var list in byKind.Values)
                    {
                        removed += list.RemoveAll(x => x.At < cutoff && ids.Remove(x.Id));
                    }

                    return removed;
                }
            }


            """,
    };

    // ---- Member templates of Service: k makes each instance's names unique ----

    private static readonly Func<int, string>[] MemberTemplates =
    {
        k => $$"""
                public Dictionary<Kind, (int Count, decimal Total)> Summary{{k}}() =>
                    items.GroupBy(x => x.Kind)
                        .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(x => x.Price) })
                        .OrderByDescending(x => x.Total)
                        .ThenBy(x => x.Key)
                        .ToDictionary(x => x.Key, x => (x.Count, x.Total));


            """,
        k => $$"""
                public IEnumerable<string> Query{{k}}(decimal minimum, IEnumerable<(int Id, string Tag)> tags) =>
                    from item in items
                    join tag in tags on item.Id equals tag.Id
                    let label = item.Name.ToUpperInvariant()
                    where item.Price >= minimum + {{k}}
                    orderby item.At descending, label
                    select $"{label} [{tag.Tag}] {item.Price:C}";


            """,
        k => $$"""
                public string Render{{k}}(int width)
                {
                    var sb = new StringBuilder(capacity: 256);
                    sb.AppendLine($"== {Title.ToUpperInvariant().PadRight(width, '=')}");
                    foreach (var item in items.Take(width))
                    {
                        string name = item.Name.Length > 12 ? item.Name.Substring(0, 12) : item.Name.PadLeft(12);
                        sb.Append(name).Append(" | ").Append(item.Price.ToString("N2", Invariant)).Append(" | ");
                        sb.AppendFormat(Invariant, "{0:yyyy-MM-dd}", item.At).AppendLine();
                    }

                    string text = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
                    return string.Join(Environment.NewLine, text.Split('\n').Where(l => !l.Contains("##", StringComparison.Ordinal)));
                }


            """,
        k => $$"""
                public string Classify{{k}}(object? value) => value switch
                {
                    null => "nothing",
                    int n and (< 0 or > 1000) => "out of range",
                    int n when n % 2 == 0 => "even",
                    int => "odd",
                    Item { Price: > 100m, Kind: Kind.Book } item => "expensive book " + item.Name,
                    Item { Note: not null } item => item.Note,
                    string { Length: 0 } => "empty",
                    string s => s.Trim(),
                    int[] and [var first, .., var last] => $"{first}..{last}",
                    IEnumerable<Item> many => $"{many.Count()} items",
                    _ => value.GetType().Name,
                };


            """,
        k => $$"""
                public (decimal Min, decimal Max, double Average) Stats{{k}}()
                {
                    if (items.Count == 0)
                    {
                        return default;
                    }

                    var (min, max) = (decimal.MaxValue, decimal.MinValue);
                    foreach (var (_, _, price, _, _) in items.Select(x => (x.Id, x.Name, x.Price, x.At, x.Kind)))
                    {
                        (min, max) = (Math.Min(min, price), Math.Max(max, price));
                    }

                    var result = (Min: min, Max: max, Average: items.Average(x => (double)x.Price));
                    return result;
                }


            """,
        k => $$"""
                public string Describe{{k}}(string? name, int? limit)
                {
                    Item? found = name is null ? null : this[name];
                    string note = found?.Note ?? found?.Name ?? "(none)";
                    int max = limit ?? 10;
                    limit ??= max;
                    int length = found?.Name?.Length ?? 0;
                    decimal price = found is { } f ? f.Price : 0m;
                    bool has = limit.HasValue && limit.Value > 0 && limit.GetValueOrDefault() < 100;
                    Nullable<int> twice = limit * 2;
                    return $"{note}/{length}/{price}/{has}/{twice}/{found!?.Id}";
                }


            """,
        k => $$"""
                public async Task<int> Load{{k}}Async(Func<int, ValueTask<Item?>> fetch, CancellationToken cancellationToken = default)
                {
                    int loaded = 0;
                    var pending = new List<Task<bool>>();
                    for (int id = 0; id < {{3 + k % 4}}; id++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        Item? item = await fetch(id).ConfigureAwait(false);
                        if (item is not null)
                        {
                            Add(item);
                            loaded++;
                            pending.Add(Task.FromResult(item.IsMedia));
                        }
                    }

                    bool[] media = await Task.WhenAll(pending);
                    await Task.Yield();
                    return loaded + media.Count(m => m);
                }


            """,
        k => $$"""
                public string Export{{k}}()
                {
                    using var buffer = new System.IO.MemoryStream();
                    var writer = new System.IO.StreamWriter(buffer, Encoding.UTF8, 1024, leaveOpen: true);
                    try
                    {
                        foreach (var item in items)
                        {
                            writer.WriteLine(string.Join(';', item.Id, item.Name, item.Price.ToString(Invariant)));
                        }
                    }
                    catch (System.IO.IOException ex) when (ex.HResult != 0)
                    {
                        return "failed: " + ex.Message;
                    }
                    finally
                    {
                        writer.Dispose();
                    }

                    using (var reader = new System.IO.StringReader(Encoding.UTF8.GetString(buffer.ToArray())))
                    {
                        return reader.ReadLine() ?? string.Empty;
                    }
                }


            """,
        k => $$"""
                public IEnumerable<Item> Page{{k}}(int page, int size)
                {
                    if (page < 0 || size <= 0)
                    {
                        yield break;
                    }

                    int skipped = 0;
                    foreach (var item in items)
                    {
                        if (skipped++ < page * size)
                        {
                            continue;
                        }

                        yield return item;
                        if (skipped >= (page + 1) * size)
                        {
                            yield break;
                        }
                    }
                }


            """,
        k => $$"""
                public Item Require{{k}}(string name, decimal maxPrice)
                {
                    ArgumentException.ThrowIfNullOrWhiteSpace(name);
                    ArgumentOutOfRangeException.ThrowIfNegative(maxPrice);
                    var item = this[name] ?? throw new KeyNotFoundException($"no item '{name}'");
                    if (item.Price > maxPrice)
                    {
                        throw new InvalidOperationException($"{nameof(item.Price)} {item.Price} > {maxPrice}");
                    }

                    try
                    {
                        return checked(item with { Id = item.Id + {{k}} });
                    }
                    catch (OverflowException ex)
                    {
                        throw new ArgumentException("id overflow", nameof(name), ex);
                    }
                }


            """,
        k => $$"""
                public string Dates{{k}}(string text)
                {
                    var now = new DateTime(2024, 5, {{1 + k % 28}}, 12, 0, 0, DateTimeKind.Utc);
                    var due = now.AddDays({{k + 3}}).AddHours(-2).Date;
                    TimeSpan left = due - now;
                    bool parsed = DateTime.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.AssumeUniversal, out DateTime when);
                    double rounded = Math.Round(left.TotalHours, 1, MidpointRounding.AwayFromZero);
                    int weeks = (int)Math.Floor(left.TotalDays / 7);
                    var id = Guid.NewGuid().ToString("N")[..8];
                    string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
                    long ticks = Convert.ToInt64(Math.Abs(left.Ticks));
                    double parsedNumber = double.Parse("12.5", NumberStyles.Float, Invariant);
                    return $"{due:O} {rounded} {weeks} {parsed} {when.DayOfWeek} {id} {encoded} {ticks} {parsedNumber:F1} {TimeSpan.FromMinutes(90):c}";
                }


            """,
        k => $$"""
                public static T Largest{{k}}<T>(IEnumerable<T> values) where T : IComparable<T>
                {
                    using var e = values.GetEnumerator();
                    if (!e.MoveNext())
                    {
                        throw new InvalidOperationException("empty");
                    }

                    T best = e.Current;
                    while (e.MoveNext())
                    {
                        if (e.Current.CompareTo(best) > 0)
                        {
                            best = e.Current;
                        }
                    }

                    return best;
                }

                public string UseLargest{{k}}() =>
                    $"{Largest{{k}}<int>(new[] { 3, 1, 4 })} {Largest{{k}}(items.Select(x => x.Name).DefaultIfEmpty(""))} {Comparer<decimal>.Default.Compare(1m, 2m)} {Enumerable.Empty<Item>().Count()}";


            """,
        k => $$"""
                public int Collections{{k}}()
                {
                    var queue = new Queue<Item>(items);
                    var stack = new Stack<int>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    var sorted = new SortedSet<int> { 5, 3, 8 };
                    var linked = new LinkedList<string>();
                    while (queue.TryDequeue(out var item))
                    {
                        if (seen.Add(item.Name))
                        {
                            stack.Push(item.Id);
                            linked.AddLast(item.Name);
                        }
                    }

                    int[] ids = stack.ToArray();
                    Array.Sort(ids);
                    Array.Reverse(ids);
                    seen.IntersectWith(new[] { "a", "b" });
                    seen.UnionWith(linked);
                    return ids.Length + Array.IndexOf(ids, {{k}}) + sorted.Min + seen.Count + linked.Count;
                }


            """,
        k => $$"""
                public List<Item> Seed{{k}}()
                {
                    var prices = new Dictionary<string, decimal>
                    {
                        ["pen"] = 1.5m,
                        ["book"] = 12m,
                        ["record"] = 20m,
                    };
                    var list = new List<Item>
                    {
                        new(1, "pen", prices["pen"], new DateTime(2024, 1, 1), Kind.None) { Note = "blue" },
                        new(2, "book", prices["book"], new DateTime(2024, 2, 1), Kind.Book),
                        new Item(3, "record", prices["record"], new DateTime(2024, 3, 1), Kind.Music) { Note = null },
                    };
                    var anonymous = new { Count = list.Count, First = list[0].Name, Tags = new[] { "a", "b" } };
                    var settings = new Dictionary<string, List<int>> { { "x", new List<int> { 1, 2 } } };
                    return anonymous.Count > settings.Count ? list : new List<Item>(capacity: 4) { list[0] };
                }


            """,
        k => $$"""
                public double Convert{{k}}(object value, long big)
                {
                    int small = (int)(big % 1000);
                    double ratio = (double)small / 7;
                    byte low = unchecked((byte)small);
                    decimal money = (decimal)ratio;
                    float single = (float)money;
                    var disposable = value as IDisposable;
                    bool isItem = value is Item;
                    string text = value as string ?? value.ToString() ?? "";
                    object boxed = small;
                    int unboxed = (int)boxed;
                    IComparable comparable = text;
                    char c = (char)('a' + low % 26);
                    return ratio + low + (double)money + single + (disposable is null ? 0 : 1) + (isItem ? 1 : 0) + unboxed + comparable.CompareTo("m") + c;
                }


            """,
        k => $$"""
                public string Names{{k}}<T>(T? value) where T : struct
                {
                    string a = nameof(items) + nameof(Service.Count) + nameof(Names{{k}});
                    Type listType = typeof(List<int>);
                    Type open = typeof(Dictionary<,>);
                    string b = listType.Name + open.Name + typeof(T).FullName;
                    T fallback = default;
                    int zero = default(int);
                    string? none = default;
                    return $"{a} {b} {value ?? fallback} {zero} {none ?? "-"} {sizeof(int)}";
                }


            """,
        k => $$"""
                public long Bits{{k}}(int x, int y)
                {
                    int mask = (1 << {{k % 16}}) | 0x0F;
                    int mixed = (x ^ y) & ~mask;
                    uint rotated = (uint)mixed >> 3 | (uint)mixed << 29;
                    long product;
                    try
                    {
                        product = checked((long)x * y + int.MaxValue);
                    }
                    catch (OverflowException)
                    {
                        product = long.MaxValue;
                    }

                    unchecked
                    {
                        product += x * 31 + y;
                    }

                    return product ^ rotated ^ System.Numerics.BitOperations.PopCount(rotated);
                }


            """,
        k => $$"""
                public static void Swap{{k}}<T>(ref T a, ref T b) => (a, b) = (b, a);

                public bool TryFind{{k}}(string name, [NotNullWhen(true)] out Item? found)
                {
                    found = items.Find(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                    return found is not null;
                }

                public static double Distance{{k}}(in (double X, double Y) a, in (double X, double Y) b)
                {
                    double dx = a.X - b.X, dy = a.Y - b.Y;
                    return Math.Sqrt(dx * dx + dy * dy);
                }

                public int RefUse{{k}}()
                {
                    int left = 1, right = 2;
                    Swap{{k}}(ref left, ref right);
                    int[] numbers = { 4, 5, 6 };
                    ref int slot = ref numbers[1];
                    slot += 10;
                    return TryFind{{k}}("pen", out var item) ? item.Id + left + numbers[1] : right + (int)Distance{{k}}((0, 0), (3, 4));
                }


            """,
        k => $$"""
                public int Lambdas{{k}}(int seed)
                {
                    Func<int, int> square = x => x * x;
                    Func<int, int, int> add = (a, b) => a + b;
                    Func<int, int> compose = x => add(square(x), seed);
                    Action<string> log = message => Title = message;
                    Predicate<Item> cheap = item => item.Price < {{k + 5}};
                    Comparison<Item> byId = (a, b) => a.Id.CompareTo(b.Id);
                    int counter = 0;
                    void Tick() => counter++;
                    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
                    foreach (var item in items.FindAll(cheap))
                    {
                        Tick();
                    }

                    log($"{counter}");
                    var sorted = new List<Item>(items);
                    sorted.Sort(byId);
                    return compose(counter) + Fib({{k % 10}}) + sorted.Count;
                }


            """,
        k => $$"""
                public int Chains{{k}}()
                {
                    int total = items.FirstOrDefault()?.Name.Trim().ToUpperInvariant().Length ?? 0;
                    total += DateTime.UnixEpoch.Date.AddHours(1).DayOfWeek.ToString().Length;
                    total += CultureInfo.InvariantCulture.NumberFormat.NumberDecimalSeparator.Length;
                    total += string.Empty.PadLeft(3).Trim().Length;
                    total += items.Select(x => x.Name).Where(n => n.Length > 2).Select(n => n[..2]).Distinct().Count();
                    total += Title.AsSpan().Trim().Length;
                    total += TimeSpan.FromHours(1.5).Add(TimeSpan.FromMinutes(15)).Minutes;
                    total += this.Count + this.Version + Service.MaxItems;
                    return total;
                }


            """,
        k => $$"""
                public string Enums{{k}}(string text)
                {
                    var all = Enum.GetValues<Kind>();
                    var names = Enum.GetNames(typeof(Kind));
                    Kind parsed = Enum.TryParse<Kind>(text, ignoreCase: true, out var k) ? k : Kind.None;
                    bool media = parsed.HasFlag(Kind.Music) || (parsed & Kind.Video) == Kind.Video;
                    bool defined = Enum.IsDefined(parsed);
                    Kind combined = Kind.Book | Kind.Game;
                    int raw = (int)combined;
                    Kind back = (Kind)raw;
                    DayOfWeek day = (DayOfWeek)({{k}} % 7);
                    return $"{all.Length} {names.Length} {parsed} {media} {defined} {back:G} {day} {combined.ToString("F")}";
                }


            """,
        k => $$"""
                public int Loops{{k}}(int limit)
                {
                    int sum = 0, n = 0;
                    while (n < limit)
                    {
                        n++;
                        if (n % 3 == 0) continue;
                        if (sum > 10_000) break;
                        sum += n;
                    }

                    do
                    {
                        sum -= 2;
                    }
                    while (sum > {{k * 10}});

                    for (int a = 0, b = limit; a < b; a++, b--)
                    {
                        sum += a * b;
                    }

                    foreach (char c in Title)
                    {
                        sum += char.IsLetter(c) ? 1 : char.IsDigit(c) ? 2 : 0;
                    }

                    return sum;
                }


            """,
        k => $$"""
                public decimal Prices{{k}}(string name)
                {
                    var map = items.ToDictionary(x => x.Name, x => x.Price, StringComparer.Ordinal);
                    decimal price = map.GetValueOrDefault(name, -1m);
                    if (map.TryGetValue(name.ToLowerInvariant(), out decimal lower))
                    {
                        price = Math.Max(price, lower);
                    }

                    map.TryAdd("extra{{k}}", 1m);
                    if (map.Remove("extra{{k}}", out decimal removed))
                    {
                        price += removed;
                    }

                    foreach (KeyValuePair<string, decimal> pair in map)
                    {
                        price += pair.Value > 100 ? 0 : pair.Value / 100;
                    }

                    return map.ContainsKey(name) ? price : map.Values.DefaultIfEmpty().Max();
                }


            """,
        k => $$"""
                public int Hash{{k}}() => HashCode.Combine(Title, Count, Version);

                public bool Same{{k}}(object? obj) =>
                    obj is Service other && ReferenceEquals(this, other)
                    || obj is Service same && string.Equals(same.Title, Title, StringComparison.OrdinalIgnoreCase) && same.Count == Count;

                public bool SameItems{{k}}(Service other) =>
                    items.SequenceEqual(other.items, EqualityComparer<Item>.Default) && EqualityComparer<string>.Default.Equals(Title, other.Title);


            """,
        k => $$"""
                public int Watch{{k}}()
                {
                    int changes = 0;
                    EventHandler<ItemEventArgs> handler = (sender, e) => changes += e.Item.Id > 0 ? 1 : 0;
                    Changed += handler;
                    Changed += OnChanged{{k}};
                    try
                    {
                        Add(new Item(1_000 + Count, "watch{{k}}", 1m, DateTime.UnixEpoch, Kind.Game));
                    }
                    finally
                    {
                        Changed -= handler;
                        Changed -= OnChanged{{k}};
                    }

                    return changes;
                }

                private void OnChanged{{k}}(object? sender, ItemEventArgs e) => Version += e.Item.Kind == Kind.Game ? 2 : 1;


            """,
        k => $$"""
                public int Increment{{k}}()
                {
                    lock (gate)
                    {
                        version++;
                    }

                    int next = Interlocked.Increment(ref version);
                    Volatile.Write(ref disposed, disposed);
                    return next + Interlocked.CompareExchange(ref version, 0, -1);
                }


            """,
        k => $$"""
                public int Spans{{k}}(string csv)
                {
                    ReadOnlySpan<char> span = csv.AsSpan().Trim();
                    int comma = span.IndexOf(',');
                    int first = comma > 0 && int.TryParse(span[..comma], NumberStyles.Integer, Invariant, out int n) ? n : 0;
                    Span<int> buffer = stackalloc int[16];
                    buffer.Fill({{k}});
                    int[] array = { 1, 2, 3, 4, 5 };
                    int last = array[^1], middle = array[1..^1].Sum();
                    Memory<int> memory = array.AsMemory(1, 3);
                    var segment = new ArraySegment<int>(array, 0, 2);
                    return first + last + middle + buffer[3] + memory.Span[0] + segment.Count + span.Length;
                }


            """,
        k => $$"""
                public string Format{{k}}(decimal amount, CultureInfo? culture = null)
                {
                    culture ??= CultureInfo.GetCultureInfo("de-DE");
                    FormattableString message = $"{amount:N2} at {new DateTime(2024, 1, 2):d}";
                    string local = message.ToString(culture);
                    string invariant = FormattableString.Invariant(message);
                    string composite = string.Format(culture, "{0:C} / {1:P1} / {2:X4}", amount, 0.256, {{k}});
                    string padded = amount.ToString("0000.00", Invariant).PadLeft(12, '_');
                    return string.Concat(local, " | ", invariant, " | ", composite, " | ", padded);
                }


            """,
        k => $$"""
                private readonly Lazy<int[]> primes{{k}} = new(() => Enumerable.Range(2, 200).Where(n => Enumerable.Range(2, (int)Math.Sqrt(n) - 1).All(d => n % d != 0)).ToArray());

                public int Random{{k}}(int count)
                {
                    var random = new Random({{k}});
                    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                    int sum = 0;
                    for (int n = 0; n < count; n++)
                    {
                        sum += primes{{k}}.Value[random.Next(primes{{k}}.Value.Length)];
                    }

                    double shuffled = random.NextDouble();
                    stopwatch.Stop();
                    return sum + (int)(shuffled * 10) + (stopwatch.ElapsedTicks >= 0 ? 0 : 1);
                }


            """,
        k => $$"""
                public string Route{{k}}(string method, string path, int status)
                {
                    switch (method)
                    {
                        case "GET" when path.StartsWith("/items/", StringComparison.Ordinal):
                            return int.TryParse(path.AsSpan(7), out int id) ? $"item {id}" : "bad id";
                        case "GET":
                        case "HEAD":
                            return "list";
                        case "POST" or "PUT":
                            return status switch { >= 200 and < 300 => "saved", 409 => "conflict", _ => "error" };
                        default:
                            return string.Empty;
                    }
                }


            """,
        k => $$"""
                public List<Item> Parse{{k}}(string text)
                {
                    var parsed = new List<Item>();
                    int lineNumber = 0;
                    foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        lineNumber++;
                        string[] parts = line.Split(';', StringSplitOptions.TrimEntries);
                        if (parts.Length < 3
                            || !int.TryParse(parts[0], out int id)
                            || !decimal.TryParse(parts[2], NumberStyles.Number, Invariant, out decimal price))
                        {
                            throw new FormatException($"line {lineNumber}: '{line}'");
                        }

                        var kind = parts.Length > 3 && Enum.TryParse(parts[3], out Kind k) ? k : Kind.None;
                        parsed.Add(new Item(id, parts[1], price, DateTime.MinValue.AddDays(id), kind));
                    }

                    return parsed;
                }


            """,
        k => $$"""
                public int Sort{{k}}()
                {
                    var copy = items.ToList();
                    copy.Sort((a, b) => b.Price.CompareTo(a.Price) is var byPrice and not 0 ? byPrice : a.Id.CompareTo(b.Id));
                    int[] numbers = copy.Select(x => x.Id).ToArray();
                    Array.Sort(numbers, Comparer<int>.Create((a, b) => b.CompareTo(a)));
                    var ordered = copy.OrderBy(x => x.Kind).ThenByDescending(x => x.At).ThenBy(x => x.Name, StringComparer.Ordinal).ToArray();
                    int position = Array.BinarySearch(numbers, {{k}}, Comparer<int>.Create((a, b) => b.CompareTo(a)));
                    return ordered.Length + Math.Max(position, -1) + (copy.Count > 0 ? copy[0].Id : 0);
                }


            """,
        k => $$"""
                public string Json{{k}}()
                {
                    var payload = new { Title, Count, Items = items.Take(3).Select(x => new { x.Id, x.Name, x.Price }).ToArray() };
                    string json = System.Text.Json.JsonSerializer.Serialize(payload);
                    using var document = System.Text.Json.JsonDocument.Parse(json);
                    int count = document.RootElement.GetProperty("Count").GetInt32();
                    var element = new System.Xml.Linq.XElement("items",
                        new System.Xml.Linq.XAttribute("count", count),
                        items.Take(2).Select(x => new System.Xml.Linq.XElement("item", x.Name)));
                    return json.Length + ":" + element.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
                }


            """,
        k => $$"""
                public int? Lifted{{k}}(int? a, int? b, double? ratio)
                {
                    int? sum = a + b;
                    int? product = a * {{k + 1}};
                    bool? bigger = a > b;
                    double scaled = (ratio ?? 1.0) * (sum ?? 0);
                    Nullable<DateTime> when = a.HasValue ? DateTime.UnixEpoch.AddDays(a.Value) : null;
                    if (bigger == true && when is { Year: > 1970 } w)
                    {
                        return w.Month + (product ?? 0);
                    }

                    return sum.HasValue ? (int)scaled : product;
                }


            """,
        k => $$"""
                public static string Flags{{k}}<TEnum>(TEnum value) where TEnum : struct, Enum
                {
                    var parts = new List<string>();
                    foreach (TEnum flag in Enum.GetValues<TEnum>())
                    {
                        if (Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag))
                        {
                            parts.Add(flag.ToString());
                        }
                    }

                    return parts.Count == 0 ? "none" : string.Join(", ", parts);
                }

                public string UseFlags{{k}}() => Flags{{k}}(Kind.Book | Kind.Video) + Flags{{k}}(DayOfWeek.Monday);


            """,
        k => $$"""
                public string Options{{k}}(string name, int retries = 3, bool verbose = false, params string[] tags)
                {
                    string joined = tags.Length == 0 ? "-" : string.Join('|', tags);
                    return $"{name}:{retries}:{verbose}:{joined}";
                }

                public string UseOptions{{k}}() =>
                    Options{{k}}("a") + Options{{k}}("b", verbose: true) + Options{{k}}(retries: 1, name: "c") + Options{{k}}("d", 2, false, "x", "y");


            """,
        k => $$"""
                public async Task<string> Scoped{{k}}Async(CancellationToken cancellationToken)
                {
                    await using var scope = new AsyncScope{{k}}();
                    using var timer = new Scope{{k}}("timer{{k}}");
                    var results = new List<string>();
                    await foreach (int n in Numbers{{k}}Async(3, cancellationToken))
                    {
                        results.Add(n.ToString(Invariant));
                    }

                    return scope.Name + timer.Name + string.Concat(results);
                }

                private static async IAsyncEnumerable<int> Numbers{{k}}Async(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
                {
                    for (int n = 0; n < count; n++)
                    {
                        await Task.Yield();
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return n;
                    }
                }

                private sealed class Scope{{k}}(string name) : IDisposable
                {
                    public string Name { get; } = name;
                    public void Dispose() { }
                }

                private sealed class AsyncScope{{k}} : IAsyncDisposable
                {
                    public string Name => "async";
                    public ValueTask DisposeAsync() => default;
                }


            """,
    };

    // ---- The planted banned uses: one a file, routes and rules spread ----

    /// <summary>A planted banned use as a member of Service: file i gets route i % 25 (file 0 also gets the last one).</summary>
    private static string Planted(int i) => $"\n    public object Leak{i}()\n    {{\n        {Routes[i % Routes.Length]}\n    }}\n";

    private static readonly string[] Routes =
    {
        "return System.IO.File.ReadAllText(\"secret.txt\");",
        "return Environment.GetEnvironmentVariable(\"HOME\") ?? \"\";",
        "return System.Diagnostics.Process.GetCurrentProcess().ProcessName;",
        "return Type.GetType(\"System.IO.File\")?.Name ?? \"\";",
        "return Environment.MachineName;",
        "var client = new System.Net.Http.HttpClient();\n        return client.Timeout;",
        "return new System.Text.RegularExpressions.Regex(\"a+b\").IsMatch(Title);",
        "return Task.Run(() => items.Count);",
        "return Task.Delay(TimeSpan.FromMilliseconds(1));",
        "System.Threading.Thread.Sleep(1);\n        return Count;",
        "return Console.ReadLine() ?? \"\";",
        "System.IO.FileInfo? info = null;\n        return info?.Length ?? 0;",
        "return typeof(System.IO.Directory).Name;",
        "return Activator.CreateInstance(typeof(Item).Assembly.GetTypes()[0]) ?? new object();",
        "Func<string, string> read = System.IO.File.ReadAllText;\n        return read;",
        "var flags = (System.Reflection.BindingFlags)32;\n        return flags;",
        "System.Diagnostics.Debug.WriteLine(Title);\n        return Title;",
        "return new StringBuilder().Append(Environment.UserName).ToString();",
        "GC.Collect();\n        return Count;",
        "return System.IO.Path.GetTempPath();",
        "object value = items;\n        return value is System.Threading.Timer timer ? timer.GetHashCode() : 0;",
        "return System.Runtime.InteropServices.Marshal.SizeOf<int>();",
        "return System.Text.RegularExpressions.Regex.IsMatch(Title, \"^[a-z]+$\");",
        "var source = new CancellationTokenSource(TimeSpan.FromSeconds(5));\n        return source.Token;",
        "return new System.Net.Sockets.TcpClient().Connected;",
    };
}
