// what: required and init-only members, a SetsRequiredMembers constructor, nested object initializers and a with on a record
// input: 
// expected: "Ada/1/London/00000/vip+early Grace/2 Order { Id = 7, Total = 19.99, Status = new } shipped True"
using System.Diagnostics.CodeAnalysis;

class Address
{
    public string City { get; set; } = "";
    public string Zip { get; init; } = "00000";
}

class Customer
{
    public required string Name { get; init; }
    public required int Id { get; init; }
    public Address Address { get; } = new();
    public List<string> Tags { get; } = [];

    public Customer() { }

    [SetsRequiredMembers]
    public Customer(string name, int id) => (Name, Id) = (name, id);
}

record Order(int Id, decimal Total) { public string Status { get; init; } = "new"; }

var a = new Customer { Name = "Ada", Id = 1, Address = { City = "London" }, Tags = { "vip", "early" } };
var b = new Customer("Grace", 2);
var o1 = new Order(7, 19.99m);
var o2 = o1 with { Status = "shipped", Total = 25m };
return $"{a.Name}/{a.Id}/{a.Address.City}/{a.Address.Zip}/{string.Join("+", a.Tags)} {b.Name}/{b.Id} {o1} {o2.Status} {o1 == o2 with { Status = "new", Total = 19.99m }}";
