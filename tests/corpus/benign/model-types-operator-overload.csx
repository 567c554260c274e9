// what: operator overloading and IComparable on a class
// input: 
// expected: "(4, 6) True 1/2"
record struct V2(int X, int Y)
{
    public static V2 operator +(V2 a, V2 b) => new(a.X + b.X, a.Y + b.Y);
    public override string ToString() => $"({X}, {Y})";
}
class Frac : IComparable<Frac>
{
    public int N, D;
    public Frac(int n, int d) { N = n; D = d; }
    public int CompareTo(Frac? o) => (N * o!.D).CompareTo(o.N * D);
    public override string ToString() => $"{N}/{D}";
}
var s = new V2(1, 2) + new V2(3, 4);
var fs = new List<Frac> { new(3, 4), new(1, 2), new(2, 3) };
fs.Sort();
return $"{s} {new V2(1, 1) == new V2(1, 1)} {fs[0]}";
