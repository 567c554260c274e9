// what: a raw interpolated JSON literal parsed with JsonNode, edited (add, remove, rename) and written back compactly
// input: 
// expected: "{\"name\":\"inventory\",\"items\":[{\"sku\":\"a1\",\"qty\":5},{\"sku\":\"c3\",\"qty\":12},{\"sku\":\"d4\",\"qty\":1}],\"total\":18}"
using System.Text.Json;
using System.Text.Json.Nodes;

int limit = 3;
string json = $$"""
{
  "name": "inventory",
  "limit": {{limit}},
  "items": [ { "sku": "a1", "qty": 5 }, { "sku": "b2", "qty": 0 }, { "sku": "c3", "qty": 12 } ]
}
""";

JsonNode root = JsonNode.Parse(json)!;
JsonArray items = root["items"]!.AsArray();
for (int i = items.Count - 1; i >= 0; i--)
{
    if ((int)items[i]!["qty"]! == 0) items.RemoveAt(i);
}
items.Add(new JsonObject { ["sku"] = "d4", ["qty"] = 1 });
int total = items.Sum(n => (int)n!["qty"]!);
root["total"] = total;
root.AsObject().Remove("limit");
return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
