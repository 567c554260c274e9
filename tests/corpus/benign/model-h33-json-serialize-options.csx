// what: System.Text.Json serialize and deserialize records with camelCase naming, enums as strings, ignored nulls and a dictionary
// input: 
// expected: "[{\"name\":\"Bolt\",\"count\":10,\"level\":\"Low\"},{\"name\":\"Gear\",\"count\":2,\"level\":\"High\",\"note\":\"fragile\"}] | fragile 12 2"
using System.Text.Json;
using System.Text.Json.Serialization;

enum Level { Low, High }
record Item(string Name, int Count, Level Level, string? Note);

var options = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = { new JsonStringEnumConverter() },
};

var items = new List<Item> { new("Bolt", 10, Level.Low, null), new("Gear", 2, Level.High, "fragile") };
string text = JsonSerializer.Serialize(items, options);
var back = JsonSerializer.Deserialize<List<Item>>(text, options)!;
var map = JsonSerializer.Deserialize<Dictionary<string, int>>("""{"a":1,"b":2}""")!;
return $"{text} | {back[1].Note} {back.Sum(i => i.Count)} {map["b"]}";
