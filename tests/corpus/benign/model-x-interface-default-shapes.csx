// what: interface default methods and properties overridden by some implementers, called through the interface
// input: 
// expected: "Circle: area=7.07, perimeter=9.42 | Rect 2x3 | Circle: area=0.79, perimeter=3.14 | larger than rect: 1"
interface IShape
{
    string Name { get; }
    double Area();
    double Perimeter();
    string Describe() => $"{Name}: area={Area():F2}, perimeter={Perimeter():F2}";
    bool IsLargerThan(IShape other) => Area() > other.Area();
}

class Circle(double r) : IShape
{
    public string Name => "Circle";
    public double Area() => Math.PI * r * r;
    public double Perimeter() => 2 * Math.PI * r;
}

class Rect(double w, double h) : IShape
{
    public string Name => "Rect";
    public double Area() => w * h;
    public double Perimeter() => 2 * (w + h);
    public string Describe() => $"Rect {w}x{h}";
}

IShape[] shapes = [new Circle(1.5), new Rect(2, 3), new Circle(0.5)];
var descriptions = shapes.Select(s => s.Describe()).ToList();
int larger = shapes.Count(s => s.IsLargerThan(shapes[1]));
return string.Join(" | ", descriptions) + $" | larger than rect: {larger}";
