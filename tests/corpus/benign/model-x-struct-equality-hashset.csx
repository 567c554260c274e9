// what: a struct implementing IEquatable used as HashSet and Dictionary key for a flood fill and Manhattan distances
// input: 
// expected: {"walls":12,"region":4,"nearest":"(7,3)","dist":1,"dupe":true,"eq":true}
readonly struct Point : IEquatable<Point>
{
    public int X { get; }
    public int Y { get; }
    public Point(int x, int y) { X = x; Y = y; }
    public Point Offset(int dx, int dy) => new(X + dx, Y + dy);
    public int Manhattan(Point o) => Math.Abs(X - o.X) + Math.Abs(Y - o.Y);
    public bool Equals(Point other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Point p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public static bool operator ==(Point a, Point b) => a.Equals(b);
    public static bool operator !=(Point a, Point b) => !a.Equals(b);
    public override string ToString() => $"({X},{Y})";
}

string[] map =
[
    "..##....",
    "..#..#..",
    "###..#..",
    ".....###",
    "..#.....",
];
var walls = new HashSet<Point>();
for (int y = 0; y < map.Length; y++)
    for (int x = 0; x < map[y].Length; x++)
        if (map[y][x] == '#') walls.Add(new Point(x, y));

var region = new HashSet<Point>();
var stack = new Stack<Point>();
stack.Push(new Point(0, 0));
while (stack.TryPop(out var p))
{
    if (p.X < 0 || p.Y < 0 || p.Y >= map.Length || p.X >= map[0].Length) continue;
    if (walls.Contains(p) || !region.Add(p)) continue;
    foreach (var (dx, dy) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1) }) stack.Push(p.Offset(dx, dy));
}

var distances = new Dictionary<Point, int>();
var origin = new Point(7, 4);
foreach (var w in walls) distances[w] = w.Manhattan(origin);
var nearest = distances.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.X).First();
return new { walls = walls.Count, region = region.Count, nearest = nearest.Key.ToString(), dist = nearest.Value, dupe = walls.Contains(new Point(2, 0)), eq = new Point(1, 2) == new Point(1, 2) };
