// what: OrderBy ThenByDescending on records
// input: 
// expected: "Cy,Al,Bo,Di"
record Person(string Name, int Age, double Score);
var people = new List<Person>
{
    new("Al", 30, 1.5), new("Bo", 30, 1.0), new("Cy", 25, 3.0), new("Di", 40, 2.0),
};
var sorted = people.OrderBy(p => p.Age).ThenByDescending(p => p.Score).Select(p => p.Name);
return string.Join(",", sorted);
