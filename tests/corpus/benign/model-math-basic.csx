// what: Math functions: Pow, Sqrt, Round with midpoint, Floor, Ceiling, Abs, Clamp, DivRem
// input: 
// expected: "1024 12 2 3 2 3 7 5 (3, 1)"
var p = Math.Pow(2, 10);
var s = Math.Sqrt(144);
var r1 = Math.Round(2.5);
var r2 = Math.Round(2.5, MidpointRounding.AwayFromZero);
var f = Math.Floor(2.7);
var c = Math.Ceiling(2.1);
var a = Math.Abs(-7);
var cl = Math.Clamp(12, 0, 5);
var dr = Math.DivRem(10, 3);
return $"{p} {s} {r1} {r2} {f} {c} {a} {cl} {dr}";
