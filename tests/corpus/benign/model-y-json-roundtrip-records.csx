// what: System.Text.Json round trip of records with enums as strings, nested lists, JsonNode edits and camelCase naming
// input: 
// expected: {"length":222,"firstStatus":"Done","sameTitles":true,"name":"Sprint 8","remaining":6,"tags":["core","qa"]}
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

enum Status { Todo, Doing, Done }
record TaskItem(string Title, Status Status, int Points, List<string> Tags);
record Board(string Name, List<TaskItem> Items);

var options = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Converters = { new JsonStringEnumConverter() },
};

var board = new Board("Sprint 7", [
    new("Write parser", Status.Done, 5, ["core"]),
    new("Add tests", Status.Doing, 3, ["qa", "core"]),
    new("Docs", Status.Todo, 1, []),
]);

string json = JsonSerializer.Serialize(board, options);
var back = JsonSerializer.Deserialize<Board>(json, options)!;
var node = JsonNode.Parse(json)!;
node["name"] = "Sprint 8";
node["items"]!.AsArray().Add(new JsonObject { ["title"] = "Release", ["status"] = "Todo", ["points"] = 2, ["tags"] = new JsonArray() });
var reread = node.Deserialize<Board>(options)!;
int remaining = reread.Items.Where(i => i.Status != Status.Done).Sum(i => i.Points);
return new
{
    length = json.Length,
    firstStatus = node["items"]![0]!["status"]!.GetValue<string>(),
    sameTitles = back.Items.Select(i => i.Title).SequenceEqual(board.Items.Select(i => i.Title)),
    name = reread.Name,
    remaining,
    tags = reread.Items.SelectMany(i => i.Tags).Distinct().Order().ToArray(),
};
