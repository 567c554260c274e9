// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, in a List<JsonNode> joined by string.Join<T>: Join calls each node's ToString (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
var nodes = new List<JsonNode> { array };
return string.Join(",", nodes).Length;
