// what: classes with init and required properties, object initializers, static members
// input: 
// expected: "Ada (36) #2"
class Person
{
    public static int Created;
    public required string Name { get; init; }
    public int Age { get; init; }
    public Person() { Created++; }
    public override string ToString() => $"{Name} ({Age})";
}
var a = new Person { Name = "Bob", Age = 1 };
var b = new Person { Name = "Ada", Age = 36 };
return $"{b} #{Person.Created}";
