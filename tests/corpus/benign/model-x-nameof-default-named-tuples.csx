// what: nameof for messages, default literals, named tuple returns, tuple equality and deconstruction swaps
// input: 
// expected: "4-42 avg 18.00 | (0, 0, 0) | 42,4 | True | 1815 Born | null 1 | none 0 | age must be non-negative / name is required / ok | Stats"
static (int Min, int Max, double Avg) Stats(IReadOnlyCollection<int> values)
{
    if (values.Count == 0) return default;
    return (values.Min(), values.Max(), values.Average());
}

static string Validate(int age, string? name)
{
    if (age < 0) return $"{nameof(age)} must be non-negative";
    if (string.IsNullOrEmpty(name)) return $"{nameof(name)} is required";
    return "ok";
}

static T FirstOrFallback<T>(IEnumerable<T> items, T fallback = default!) => items.DefaultIfEmpty(fallback).First();

var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
var empty = Stats(Array.Empty<int>());
var (lo, hi, _) = s;
(lo, hi) = (hi, lo);
bool same = (1, "a") == (1, "a");
var pair = (Name: "Ada", Year: 1815);
var renamed = (pair.Name, Born: pair.Year);
int? missing = default;
DateTime epoch = default;
var fallback = FirstOrFallback(Enumerable.Empty<string>(), "none");
var zero = FirstOrFallback(Enumerable.Empty<int>());
return $"{s.Min}-{s.Max} avg {s.Avg:F2} | {empty} | {lo},{hi} | {same} | {renamed.Born} {nameof(renamed.Born)} | {missing?.ToString() ?? "null"} {epoch.Year} | {fallback} {zero} | {Validate(-1, "x")} / {Validate(3, null)} / {Validate(3, "y")} | {nameof(Stats)}";
