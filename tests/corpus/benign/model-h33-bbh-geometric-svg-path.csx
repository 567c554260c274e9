// what: BBH geometric shapes: an SVG path with M/L commands parsed by Regex into points, closed polygon detection and shape naming by vertex count
// input: M 31.00,73.00 L 32.00,59.00 L 44.00,50.00 L 49.00,41.00 L 64.00,37.00 L 71.00,55.00 L 64.00,76.00 L 52.00,61.00 L 31.00,73.00
// expected: "octagon 8 True 833.0"
var points = Regex.Matches(Input, @"[ML] ([\d.]+),([\d.]+)", RegexOptions.None, TimeSpan.FromSeconds(1))
    .Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Y: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
    .ToList();
bool closed = points[0] == points[^1];
int vertices = closed ? points.Count - 1 : points.Count;
string name = vertices switch { 3 => "triangle", 4 => "kite or rectangle", 5 => "pentagon", 6 => "hexagon", 7 => "heptagon", 8 => "octagon", _ => "other" };
double area = 0;
for (int i = 0; i < points.Count - 1; i++) area += points[i].X * points[i + 1].Y - points[i + 1].X * points[i].Y;
return $"{name} {vertices} {closed} {Math.Abs(area) / 2:F1}";
