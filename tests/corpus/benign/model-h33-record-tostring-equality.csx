// what: records' generated ToString, value equality, inheritance, deconstruction and record structs in a HashSet and as dictionary keys
// input: 
// expected: "Person { Name = Ada, Age = 36 } | Employee { Name = Ada, Age = 36, Role = engineer } | False True 2 2 5 Counter { Key = x, Hits = 3 } Ada36"
record Person(string Name, int Age);
record Employee(string Name, int Age, string Role) : Person(Name, Age);
readonly record struct Point(int X, int Y)
{
    public double Length => Math.Sqrt(X * X + Y * Y);
}
record struct Counter(string Key) { public int Hits { get; set; } }

var p = new Person("Ada", 36);
var e = new Employee("Ada", 36, "engineer");
var set = new HashSet<Point> { new(1, 2), new(1, 2), new(2, 1) };
var visits = new Dictionary<Point, int> { [new(0, 0)] = 1 };
visits[new Point(0, 0)]++;
var c = new Counter("x");
c.Hits += 3;
var (name, age) = p;
Person asBase = e;
return $"{p} | {e} | {p == asBase} {p == new Person("Ada", 36)} {set.Count} {visits[new(0, 0)]} {new Point(3, 4).Length} {c} {name}{age}";
