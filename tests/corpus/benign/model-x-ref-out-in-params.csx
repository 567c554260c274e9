// what: ref, out and in parameters: swap, try-parse style helpers, min/max via out, an in readonly struct
// input: 
// expected: "20,10 right,left 17/5=3r2 9/0=undefined -7/2=-3r-1 -3..19 3 11 10"
readonly struct Vec3
{
    public readonly double X, Y, Z;
    public Vec3(double x, double y, double z) { X = x; Y = y; Z = z; }
    public double Length() => Math.Sqrt(X * X + Y * Y + Z * Z);
}

static void Swap<T>(ref T a, ref T b) { T tmp = a; a = b; b = tmp; }

static bool TryDivide(int a, int b, out int quotient, out int remainder)
{
    if (b == 0) { quotient = remainder = 0; return false; }
    quotient = Math.DivRem(a, b, out remainder);
    return true;
}

static void MinMax(IReadOnlyList<int> xs, out int min, out int max)
{
    min = int.MaxValue; max = int.MinValue;
    foreach (var x in xs) { if (x < min) min = x; if (x > max) max = x; }
}

static double Dot(in Vec3 a, in Vec3 b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

static void Increment(ref int counter, int by = 1) => counter += by;

int x = 10, y = 20;
Swap(ref x, ref y);
string s1 = "left", s2 = "right";
Swap(ref s1, ref s2);

var parts = new List<string>();
foreach (var (a, b) in new[] { (17, 5), (9, 0), (-7, 2) })
    parts.Add(TryDivide(a, b, out var q, out var r) ? $"{a}/{b}={q}r{r}" : $"{a}/{b}=undefined");

MinMax(new[] { 4, -3, 19, 7 }, out int lo, out int hi);
var v = new Vec3(1, 2, 2);
double dot = Dot(in v, new Vec3(3, 0, 4));
int counter = 0;
for (int i = 0; i < 5; i++) Increment(ref counter, i);
int.TryParse("123", out _);
return $"{x},{y} {s1},{s2} {string.Join(" ", parts)} {lo}..{hi} {v.Length()} {dot} {counter}";
