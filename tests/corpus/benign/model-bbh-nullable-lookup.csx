// what: nullable reference and value types with ?., ??, ??=, is not null patterns and TryGetValue
// input: 
// expected: "Ada,Ada,(none) known=2 total=99 missing=null bo=unset"
#nullable enable
class Person
{
    public string Name { get; init; } = "";
    public Person? Manager { get; init; }
    public int? Age { get; set; }
}
var boss = new Person { Name = "Ada", Age = 50 };
var staff = new List<Person> { new() { Name = "Bo", Manager = boss }, new() { Name = "Cy", Manager = boss, Age = 31 }, boss };
var ages = new Dictionary<string, int?>();
foreach (var p in staff)
{
    ages[p.Name] = p.Age;
    p.Age ??= 18;
}
string? missing = staff.FirstOrDefault(p => p.Name == "Zed")?.Name;
var managers = staff.Select(p => p.Manager?.Name ?? "(none)");
int known = ages.Values.Count(a => a is not null);
return $"{string.Join(",", managers)} known={known} total={staff.Sum(p => p.Age ?? 0)} missing={missing ?? "null"} bo={(ages.TryGetValue("Bo", out var bo) && bo is null ? "unset" : "set")}";
