// what: generic math with INumber, static abstract interface members
// input: 
// expected: "10 7.5"
T SumAll<T>(IEnumerable<T> xs) where T : System.Numerics.INumber<T>
{
    T total = T.Zero;
    foreach (var x in xs) total += x;
    return total;
}
return $"{SumAll(new[] { 1, 2, 3, 4 })} {SumAll(new[] { 2.5, 5.0 }).ToString(CultureInfo.InvariantCulture)}";
