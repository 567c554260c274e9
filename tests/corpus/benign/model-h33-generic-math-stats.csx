// what: generic math with INumber<T>: mean, variance and a checked sum over int, double and decimal
// input: 
// expected: "40 5 4 6.60 10 0 2147483647"
using System.Numerics;

static T Sum<T>(IEnumerable<T> values) where T : INumber<T>
{
    T total = T.Zero;
    foreach (var v in values) total += v;
    return total;
}

static double Mean<T>(IReadOnlyList<T> values) where T : INumber<T> =>
    double.CreateChecked(Sum(values)) / values.Count;

static double Variance<T>(IReadOnlyList<T> values) where T : INumber<T>
{
    double mean = Mean(values);
    return values.Select(v => Math.Pow(double.CreateChecked(v) - mean, 2)).Sum() / values.Count;
}

static T Clamp<T>(T value, T min, T max) where T : INumber<T> => T.Max(min, T.Min(max, value));

int[] ints = [2, 4, 4, 4, 5, 5, 7, 9];
decimal[] prices = [1.10m, 2.20m, 3.30m];
return $"{Sum(ints)} {Mean(ints)} {Variance(ints)} {Sum(prices)} {Clamp(15, 0, 10)} {Clamp(-0.5, 0.0, 1.0)} {int.CreateSaturating(1e12)}";
