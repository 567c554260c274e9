// what: static abstract interface members and generic math (INumber<T>) over ints, doubles and a custom type
// input: 
// expected: "9 chain-of-code 10 2.5 23.3333"
using System.Numerics;

interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Identity { get; }
    static abstract T Combine(T a, T b);
}

readonly record struct MaxInt(int Value) : IMonoid<MaxInt>
{
    public static MaxInt Identity => new(int.MinValue);
    public static MaxInt Combine(MaxInt a, MaxInt b) => a.Value >= b.Value ? a : b;
}

readonly record struct Concat(string Value) : IMonoid<Concat>
{
    public static Concat Identity => new("");
    public static Concat Combine(Concat a, Concat b) => new(a.Value + b.Value);
}

static T Fold<T>(IEnumerable<T> items) where T : IMonoid<T>
{
    T acc = T.Identity;
    foreach (var item in items) acc = T.Combine(acc, item);
    return acc;
}

static T SumAll<T>(ReadOnlySpan<T> values) where T : INumber<T>
{
    T total = T.Zero;
    foreach (var v in values) total += v;
    return total;
}

static T Mean<T>(T[] values) where T : INumber<T> => SumAll<T>(values) / T.CreateChecked(values.Length);

var max = Fold(new[] { 3, 9, -2, 7 }.Select(x => new MaxInt(x)));
var word = Fold(new[] { "chain", "-", "of", "-", "code" }.Select(s => new Concat(s)));
int isum = SumAll<int>(new[] { 1, 2, 3, 4 });
double dmean = Mean(new[] { 1.5, 2.5, 3.5 });
decimal mmean = Mean(new[] { 10m, 20m, 40m });
return $"{max.Value} {word.Value} {isum} {dmean} {mmean:F4}";
