// BIG-Bench Hard "geometric_shapes": name the shape an SVG path draws.
// Input: "This SVG path element <path d=\"M 30.17,45.97 L 58.79,40.36 L 18.10,15.70 L 30.17,45.97\"/> draws a\n
// Options:\n(A) circle\n...\n(J) triangle". Returns the option's label, "(J)".
// The path is parsed (M, L, H, V, A, Z, absolute or relative) into line and arc segments, then measured:
// arcs alone are a circle or an ellipse, arcs with lines a sector; lines are a line, or a closed polygon
// named by its corners (a four-cornered one by its equal sides, parallel sides and right angles).
// Where several offered names fit, the task's answer is the broadest one (a rectangle is also a
// trapezoid, a circle also an ellipse), so the program answers that.
TimeSpan regexTimeout = TimeSpan.FromSeconds(1);

Match pathMatch = Regex.Match(Input, "d=\"([^\"]*)\"", RegexOptions.None, regexTimeout);
if (!pathMatch.Success)
{
    throw new FormatException("the question has no SVG path");
}

var options = new List<(string Label, string Name)>();
foreach (Match option in Regex.Matches(Input, @"^\(([A-Z])\)\s*(.+?)\s*$", RegexOptions.Multiline, regexTimeout))
{
    options.Add(($"({option.Groups[1].Value})", option.Groups[2].Value.ToLowerInvariant()));
}

var lines = new List<((double X, double Y) From, (double X, double Y) To)>();
var arcs = new List<((double X, double Y) From, (double X, double Y) To, double Rx, double Ry)>();
ParsePath(pathMatch.Groups[1].Value);

// Names that fit, broadest first.
List<string> fitting = Classify();
Console.WriteLine($"{lines.Count} line(s), {arcs.Count} arc(s): {string.Join(", ", fitting)}");
foreach (string name in fitting)
{
    foreach (var option in options)
    {
        if (option.Name == name)
        {
            return option.Label;
        }
    }
}

throw new FormatException($"no option names a {fitting.FirstOrDefault() ?? "shape"}");

void ParsePath(string d)
{
    var tokens = Regex.Matches(d, @"[MLHVAZmlhvaz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", RegexOptions.None, regexTimeout)
        .Select(m => m.Value)
        .ToList();
    int i = 0;
    char command = 'M';
    (double X, double Y) current = (0, 0);
    (double X, double Y) subpathStart = (0, 0);

    double Number() => i < tokens.Count && !char.IsLetter(tokens[i][0])
        ? double.Parse(tokens[i++], NumberStyles.Float, CultureInfo.InvariantCulture)
        : throw new FormatException($"path command {command} is missing a number");

    (double X, double Y) Point(bool relative)
    {
        double x = Number();
        double y = Number();
        return relative ? (current.X + x, current.Y + y) : (x, y);
    }

    void LineTo((double X, double Y) to)
    {
        if (Distance(current, to) > 1e-9)
        {
            lines.Add((current, to));
        }

        current = to;
    }

    while (i < tokens.Count)
    {
        if (char.IsLetter(tokens[i][0]))
        {
            command = tokens[i++][0];
        }

        bool relative = char.IsLower(command);
        switch (char.ToUpperInvariant(command))
        {
            case 'M':
                current = Point(relative);
                subpathStart = current;

                // Pairs after a move are lines (SVG rule).
                command = relative ? 'l' : 'L';
                break;
            case 'L':
                LineTo(Point(relative));
                break;
            case 'H':
                LineTo((relative ? current.X + Number() : Number(), current.Y));
                break;
            case 'V':
                LineTo((current.X, relative ? current.Y + Number() : Number()));
                break;
            case 'A':
                double rx = Math.Abs(Number());
                double ry = Math.Abs(Number());
                Number(); // rotation of the ellipse's x axis
                Number(); // large-arc flag
                Number(); // sweep flag
                var end = Point(relative);
                arcs.Add((current, end, rx, ry));
                current = end;
                break;
            case 'Z':
                LineTo(subpathStart);
                break;
            default:
                throw new FormatException($"unknown path command '{command}'");
        }
    }
}

double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

List<string> Classify()
{
    if (arcs.Count > 0)
    {
        if (lines.Count > 0)
        {
            return ["sector"];
        }

        bool round = arcs.All(arc => Math.Abs(arc.Rx - arc.Ry) <= 0.01 * Math.Max(arc.Rx, arc.Ry));
        return round ? ["ellipse", "circle"] : ["ellipse"];
    }

    List<(double X, double Y)>? corners = ClosedPolygon();
    if (corners is null)
    {
        // An open path: a line if every point lies on one straight line.
        var points = lines.SelectMany(segment => new[] { segment.From, segment.To }).ToList();
        var first = points[0];
        var far = points.OrderByDescending(p => Distance(first, p)).First();
        double length = Distance(first, far);
        bool straight = points.All(p => Math.Abs(Cross(first, far, p)) <= 0.01 * length);
        return straight ? ["line"] : throw new FormatException("the path is neither closed nor straight");
    }

    return corners.Count switch
    {
        3 => ["triangle"],
        4 => Quadrilateral(corners),
        5 => ["pentagon"],
        6 => ["hexagon"],
        7 => ["heptagon"],
        8 => ["octagon"],
        9 => ["nonagon"],
        10 => ["decagon"],
        _ => throw new FormatException($"a polygon with {corners.Count} corners has no name here"),
    };
}

// (b - a) x (c - a): twice the signed area of the triangle a, b, c.
double Cross((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
    ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));

// The corners in order if the segments form one closed loop, else null. Points equal to 0.01 are one point.
// Every point of the loop is a corner, even where the path nearly goes straight on: the task counts the
// path's vertices (a heptagon of the task may have two nearly collinear sides).
List<(double X, double Y)>? ClosedPolygon()
{
    string Key((double X, double Y) p) => FormattableString.Invariant($"{Math.Round(p.X, 2)},{Math.Round(p.Y, 2)}");
    var neighbours = new Dictionary<string, List<(double X, double Y)>>(StringComparer.Ordinal);
    var pointOf = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
    foreach (var (from, to) in lines)
    {
        foreach (var (a, b) in new[] { (from, to), (to, from) })
        {
            string key = Key(a);
            pointOf.TryAdd(key, a);
            if (!neighbours.TryGetValue(key, out var list))
            {
                neighbours[key] = list = [];
            }

            if (!list.Any(n => Key(n) == Key(b)))
            {
                list.Add(b);
            }
        }
    }

    if (neighbours.Count < 3 || neighbours.Values.Any(list => list.Count != 2))
    {
        return null;
    }

    var loop = new List<(double X, double Y)>();
    string start = neighbours.Keys.First();
    string previous = "";
    string at = start;
    do
    {
        loop.Add(pointOf[at]);
        var next = neighbours[at].First(n => Key(n) != previous);
        previous = at;
        at = Key(next);
    }
    while (at != start && loop.Count <= neighbours.Count);

    if (loop.Count != neighbours.Count)
    {
        return null; // more than one loop
    }

    return loop;
}

// A kite has two pairs of equal adjacent sides; a trapezoid a pair of parallel opposite sides; a rectangle
// four right angles. Each fits within 2% (the coordinates are rounded to two decimals); where none does,
// the closest fit is the answer.
List<string> Quadrilateral(List<(double X, double Y)> c)
{
    double[] side = Enumerable.Range(0, 4).Select(k => Distance(c[k], c[(k + 1) % 4])).ToArray();
    double RelativeDifference(double a, double b) => Math.Abs(a - b) / Math.Max(a, b);
    double kite = Math.Min(
        Math.Max(RelativeDifference(side[0], side[1]), RelativeDifference(side[2], side[3])),
        Math.Max(RelativeDifference(side[1], side[2]), RelativeDifference(side[3], side[0])));

    // |sin| and |cos| of the angle between the directions a1->a2 and b1->b2: 0 for parallel, 0 for perpendicular.
    (double Sin, double Cos) Between((double X, double Y) a1, (double X, double Y) a2, (double X, double Y) b1, (double X, double Y) b2)
    {
        double ax = a2.X - a1.X, ay = a2.Y - a1.Y, bx = b2.X - b1.X, by = b2.Y - b1.Y;
        double lengths = Math.Sqrt((ax * ax) + (ay * ay)) * Math.Sqrt((bx * bx) + (by * by));
        return (Math.Abs((ax * by) - (ay * bx)) / lengths, Math.Abs((ax * bx) + (ay * by)) / lengths);
    }

    double trapezoid = Math.Min(Between(c[0], c[1], c[2], c[3]).Sin, Between(c[1], c[2], c[3], c[0]).Sin);
    double rectangle = Enumerable.Range(0, 4)
        .Select(k => Between(c[(k + 3) % 4], c[k], c[k], c[(k + 1) % 4]).Cos)
        .Max();

    // Broadest first: a square fits all three and is answered "rectangle" unless "trapezoid" is offered.
    var errors = new (string Name, double Error)[] { ("trapezoid", trapezoid), ("rectangle", rectangle), ("kite", kite) };
    var fits = errors.Where(e => e.Error <= 0.02).Select(e => e.Name).ToList();
    return fits.Count > 0 ? fits : errors.OrderBy(e => e.Error).Select(e => e.Name).ToList();
}
