// what: generic math helpers with INumber<T> constraints, a generic record and tuple results
// input: 
// expected: "18 3 (-2, 9) (apple, pear) Pair { Key = total, Value = 6.60 }"
using System.Numerics;

static T SumOf<T>(IEnumerable<T> xs) where T : INumber<T> { T s = T.Zero; foreach (var x in xs) s += x; return s; }
static (T Min, T Max) Range<T>(IReadOnlyList<T> xs) where T : IComparable<T>
{
    T min = xs[0], max = xs[0];
    foreach (var x in xs) { if (x.CompareTo(min) < 0) min = x; if (x.CompareTo(max) > 0) max = x; }
    return (min, max);
}
record Pair<TKey, TValue>(TKey Key, TValue Value) where TKey : notnull;

var ints = new[] { 4, -2, 9, 7 };
var doubles = new List<double> { 1.5, 2.25, -0.75 };
var words = new[] { "pear", "apple", "fig" };
var pair = new Pair<string, decimal>("total", SumOf(new[] { 1.10m, 2.20m, 3.30m }));
return $"{SumOf(ints)} {SumOf(doubles)} {Range(ints)} {Range(words)} {pair}";
