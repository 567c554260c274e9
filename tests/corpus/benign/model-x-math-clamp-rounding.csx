// what: Math.Clamp, rounding modes, integer division helpers and floating comparisons in a grading routine
// input: 
// expected: {"grades":["A","B","C","F","D","F"],"clamped":[100,89.95,72.49,0,60,59.999],"rounded":[2,4,3,-2,2.35,-2,-1,-1],"price":20.00,"close":true,"pages":6,"clampInt":1,"hyp":5,"sign":-1,"copy":-3}
static string Grade(double score) => Math.Clamp(score, 0, 100) switch
{
    >= 90 => "A",
    >= 80 => "B",
    >= 70 => "C",
    >= 60 => "D",
    _ => "F",
};

static int CeilDiv(int a, int b) => (a + b - 1) / b;

double[] raw = [104.5, 89.95, 72.49, -3, 60, 59.999];
var grades = raw.Select(Grade).ToArray();
var clamped = raw.Select(r => Math.Clamp(r, 0, 100)).ToArray();
var rounded = new[]
{
    Math.Round(2.5), Math.Round(3.5), Math.Round(2.5, MidpointRounding.AwayFromZero),
    Math.Round(-2.5, MidpointRounding.ToZero), Math.Round(2.345, 2), Math.Floor(-1.5), Math.Ceiling(-1.5), Math.Truncate(-1.7),
};
decimal price = Math.Round(19.995m, 2, MidpointRounding.AwayFromZero);
bool close = Math.Abs(0.1 + 0.2 - 0.3) < 1e-9;
return new
{
    grades,
    clamped,
    rounded,
    price,
    close,
    pages = CeilDiv(101, 20),
    clampInt = Math.Clamp(-7, 1, 10),
    hyp = Math.Round(Math.Sqrt(Math.Pow(3, 2) + Math.Pow(4, 2)), 3),
    sign = Math.Sign(-0.001),
    copy = Math.CopySign(3.0, -1.0),
};
