// what: interfaces, abstract classes, polymorphism
// input: 
// expected: "circle 12.57;square 4.00"
interface IShape { string Name { get; } double Area(); }
abstract class Shape : IShape
{
    public abstract string Name { get; }
    public abstract double Area();
    public override string ToString() => $"{Name} {Area().ToString("F2", CultureInfo.InvariantCulture)}";
}
class Circle : Shape
{
    private readonly double r;
    public Circle(double r) => this.r = r;
    public override string Name => "circle";
    public override double Area() => Math.PI * r * r;
}
class Square(double side) : Shape
{
    public override string Name => "square";
    public override double Area() => side * side;
}
var shapes = new List<IShape> { new Circle(2), new Square(2) };
return string.Join(";", shapes.Select(s => s.ToString()));
