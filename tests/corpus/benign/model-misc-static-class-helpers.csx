// what: static helper class with const and static readonly, nested types
// input: 
// expected: "9.81 3 inner"
static class Physics
{
    public const double G = 9.81;
    public static readonly int[] Primes = { 2, 3, 5 };
    public static double Weight(double m) => m * G;
    public class Inner { public override string ToString() => "inner"; }
}
return $"{Physics.Weight(1).ToString(CultureInfo.InvariantCulture)} {Physics.Primes.Length} {new Physics.Inner()}";
