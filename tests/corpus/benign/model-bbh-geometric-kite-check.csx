// what: geometric_shapes checks a four-sided path for a kite with squared distances, HashSet and an interface
// input: 
// expected: "kite"
interface IShapeTest { string Name { get; } bool Matches(List<(int X, int Y)> v); }
class Kite : IShapeTest
{
    public string Name => "kite";
    public bool Matches(List<(int X, int Y)> v)
    {
        if (v.Count != 4) return false;
        int D(int i, int j) => (v[i].X - v[j].X) * (v[i].X - v[j].X) + (v[i].Y - v[j].Y) * (v[i].Y - v[j].Y);
        int[] s = { D(0, 1), D(1, 2), D(2, 3), D(3, 0) };
        return (s[0] == s[1] && s[2] == s[3]) || (s[1] == s[2] && s[3] == s[0]);
    }
}
class Square : IShapeTest
{
    public string Name => "square";
    public bool Matches(List<(int X, int Y)> v) => v.Count == 4 && new HashSet<int>(v.Select((p, i) => { var q = v[(i + 1) % 4]; return (p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y); })).Count == 1;
}
var vertices = new List<(int X, int Y)> { (0, 0), (3, 4), (0, 10), (-3, 4) };
IShapeTest[] tests = { new Square(), new Kite() };
return tests.FirstOrDefault(t => t.Matches(vertices))?.Name ?? "unknown";
