// what: penguins_in_a_table parses a CSV-like table into records, adds a row and queries with LINQ
// input: 
// expected: "older=Vincent,James heaviest=Gwen mean=70.0 second=Gwen count=5"
record Penguin(string Name, int Age, int Height, int Weight);

string table = """
name, age, height (cm), weight (kg)
Louis, 7, 50, 11
Bernard, 5, 80, 13
Vincent, 9, 60, 11
Gwen, 8, 70, 15
""";
var penguins = table.Split('\n', StringSplitOptions.RemoveEmptyEntries)
    .Skip(1)
    .Select(line => line.Split(',', StringSplitOptions.TrimEntries))
    .Select(f => new Penguin(f[0], int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3])))
    .ToList();
penguins.Add(new Penguin("James", 12, 90, 12));
var older = penguins.Where(p => p.Age > 8).Select(p => p.Name).ToList();
var heaviest = penguins.MaxBy(p => p.Weight)!;
double meanHeight = penguins.Average(p => p.Height);
var second = penguins.OrderBy(p => p.Name, StringComparer.Ordinal).ElementAt(1);
return $"older={string.Join(",", older)} heaviest={heaviest.Name} mean={meanHeight:0.0} second={second.Name} count={penguins.Count}";
