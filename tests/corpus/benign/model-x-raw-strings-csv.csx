// what: parse a CSV held in a raw string literal and render a report with an interpolated raw string
// input: 
// expected: "{\"cities\": 4, \"densest\": \"Paris, City of\", \"density\": 20581.0}"
var csv = """
    city,country,population,area_km2
    Tokyo,Japan,13960000,2194
    "Paris, City of",France,2161000,105
    Lagos,Nigeria,15388000,1171
    Zurich,Switzerland,421878,88
    """;

static List<string> SplitCsv(string line)
{
    var fields = new List<string>();
    var current = new StringBuilder();
    bool quoted = false;
    foreach (char c in line)
    {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
        else current.Append(c);
    }
    fields.Add(current.ToString());
    return fields;
}

var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Skip(1)
    .Select(SplitCsv)
    .Select(f => (City: f[0], Country: f[1], Pop: long.Parse(f[2]), Area: double.Parse(f[3], CultureInfo.InvariantCulture)))
    .ToList();

var densest = rows.MaxBy(r => r.Pop / r.Area);
int count = rows.Count;
string report = $$"""
    {"cities": {{count}}, "densest": "{{densest.City}}", "density": {{densest.Pop / densest.Area:F1}}}
    """;
return report;
