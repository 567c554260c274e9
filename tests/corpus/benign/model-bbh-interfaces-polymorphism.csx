// what: an abstract class, an interface with a default method, overrides and a list of shapes summed by area
// input: 
// expected: "triangle with area 10.00 | total 23.142 | circle,rectangle,square,triangle"
interface IDescribe { string Name { get; } string Describe() => $"{Name} with area {Area():F2}"; double Area(); }
abstract class Shape : IDescribe
{
    public abstract string Name { get; }
    public abstract double Area();
    public override string ToString() => ((IDescribe)this).Describe();
}
class Circle(double r) : Shape { public override string Name => "circle"; public override double Area() => Math.PI * r * r; }
class Rect(double w, double h) : Shape { public override string Name => w == h ? "square" : "rectangle"; public override double Area() => w * h; }
class Triangle(double b, double h) : Shape { public override string Name => "triangle"; public override double Area() => 0.5 * b * h; }
var shapes = new List<Shape> { new Circle(1), new Rect(2, 3), new Rect(2, 2), new Triangle(4, 5) };
var largest = shapes.OrderByDescending(s => s.Area()).First();
return $"{largest} | total {shapes.Sum(s => s.Area()):F3} | {string.Join(",", shapes.Select(s => s.Name).Distinct())}";
