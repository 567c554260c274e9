// what: abstract base class with virtual and override members, base calls, sealed overrides, ToString overrides and protected state
// input: 
// expected: "circle: area 7.07 | rect: area 7.00, 2x3.5 | square! rect: area 16.00, 4x4 || largest=Square perimeter=36.425 squares=1"
abstract class Shape(string name)
{
    protected string Name { get; } = name;
    public abstract double Area { get; }
    public virtual double Perimeter => 0;
    public virtual string Describe() => $"{Name}: area {Area:F2}";
    public override string ToString() => Describe();
}

class Circle(double r) : Shape("circle")
{
    public override double Area => Math.PI * r * r;
    public override double Perimeter => 2 * Math.PI * r;
}

class Rect(double w, double h) : Shape("rect")
{
    public double W { get; } = w;
    public double H { get; } = h;
    public override double Area => W * H;
    public override double Perimeter => 2 * (W + H);
    public override string Describe() => base.Describe() + $", {W}x{H}";
}

sealed class Square(double side) : Rect(side, side)
{
    public sealed override string Describe() => "square! " + base.Describe();
}

Shape[] shapes = [new Circle(1.5), new Rect(2, 3.5), new Square(4)];
var largest = shapes.MaxBy(s => s.Area)!;
double totalPerimeter = shapes.Sum(s => s.Perimeter);
return $"{string.Join(" | ", shapes)} || largest={largest.GetType().Name} perimeter={totalPerimeter:F3} squares={shapes.OfType<Rect>().Count(r => r is Square)}";
