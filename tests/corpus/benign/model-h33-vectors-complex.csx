// what: System.Numerics Vector2, Vector3 and Complex: distances, dot and cross products, normalization and complex roots of unity
// input: 
// expected: "5 4.472 5 <0, 0, 1> 0.6667 -1 0 5 2"
using System.Numerics;

var a = new Vector2(3, 4);
var b = new Vector2(-1, 2);
var u = new Vector3(1, 0, 0);
var v = new Vector3(0, 1, 0);
var cross = Vector3.Cross(u, v);
var n = Vector3.Normalize(new Vector3(2, 2, 1));

var roots = Enumerable.Range(0, 4).Select(k => Complex.FromPolarCoordinates(1, 2 * Math.PI * k / 4)).ToArray();
Complex product = roots.Aggregate(Complex.One, (acc, r) => acc * r);
var z = new Complex(3, 4);
return $"{a.Length()} {Vector2.Distance(a, b):F3} {Vector2.Dot(a, b)} {cross} {n.X:F4} {Math.Round(product.Real, 6)} {Math.Round(product.Imaginary, 6) + 0.0} {z.Magnitude} {Complex.Sqrt(new Complex(-4, 0)).Imaginary}";
