// what: geometric_shapes parses an SVG path with Regex into Point records and classifies it by vertex count
// input: 
// expected: "hexagon (6 vertices, closed=True, perimeter=77.90)"
record Point(double X, double Y);

string path = "M 38.00,68.00 L 32.00,59.00 L 36.00,45.00 L 47.00,41.00 L 55.00,49.00 L 54.00,61.00 L 38.00,68.00";
var points = Regex.Matches(path, @"(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)", RegexOptions.None, TimeSpan.FromSeconds(1))
    .Select(m => new Point(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
    .ToList();
bool closed = points.First() == points.Last();
int vertices = closed ? points.Count - 1 : points.Count;
string shape = vertices switch
{
    3 => "triangle",
    4 => "kite or rectangle",
    5 => "pentagon",
    6 => "hexagon",
    7 => "heptagon",
    8 => "octagon",
    _ => "line or sector",
};
double perimeter = points.Zip(points.Skip(1), (a, b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2))).Sum();
return $"{shape} ({vertices} vertices, closed={closed}, perimeter={perimeter:F2})";
