// what: positional records deconstructed in foreach, switch and var patterns, with non-destructive mutation
// input: 
// expected: "Alice/Eng/132000; Bob/Eng/104500; Carol/Sales/70000 | senior engineer, senior engineer, Carol sells | Alice | False"
public record Employee(string Name, string Dept, decimal Salary);

var staff = new List<Employee>
{
    new("Alice", "Eng", 120_000m),
    new("Bob", "Eng", 95_000m),
    new("Carol", "Sales", 70_000m),
};

// Give everyone in Eng a 10% raise using 'with'
var raised = staff.Select(e => e.Dept == "Eng" ? e with { Salary = e.Salary * 1.10m } : e).ToList();

var lines = new List<string>();
foreach (var (name, dept, salary) in raised)
{
    lines.Add($"{name}/{dept}/{salary:F0}");
}

string Describe(Employee e) => e switch
{
    (_, "Eng", > 100_000m) => "senior engineer",
    (_, "Eng", _) => "engineer",
    var (n, d, _) when d.StartsWith("S") => $"{n} sells",
    _ => "other",
};

var (firstName, _, _) = raised[0];
return string.Join("; ", lines) + " | " + string.Join(", ", raised.Select(Describe)) + " | " + firstName + " | " + (staff[1] == raised[1]);
