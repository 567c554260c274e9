// what: a struct implementing generic math operator interfaces (IAdditionOperators, IMultiplyOperators, IAdditiveIdentity) summed by a generic helper
// input: 
// expected: "(4.5, 1.5) (1.5, 0.5) 6 4.0 square 9"
using System.Numerics;

readonly record struct Vec(double X, double Y) :
    IAdditionOperators<Vec, Vec, Vec>,
    IMultiplyOperators<Vec, double, Vec>,
    IAdditiveIdentity<Vec, Vec>
{
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new(a.X * k, a.Y * k);
    public static Vec AdditiveIdentity => new(0, 0);
    public override string ToString() => $"({X}, {Y})";
}

interface IShape { static abstract string Kind { get; } double Area(); }
sealed class Sq(double s) : IShape { public static string Kind => "square"; public double Area() => s * s; }

static T SumAll<T>(IEnumerable<T> items) where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
{
    T total = T.AdditiveIdentity;
    foreach (var i in items) total += i;
    return total;
}

static string KindOf<T>() where T : IShape => T.Kind;

var vs = new[] { new Vec(1, 2), new Vec(3, -1), new Vec(0.5, 0.5) };
var centroid = SumAll(vs) * (1.0 / vs.Length);
return $"{SumAll(vs)} {centroid} {SumAll(new[] { 1, 2, 3 })} {SumAll(new[] { 1.5m, 2.5m })} {KindOf<Sq>()} {new Sq(3).Area()}";
