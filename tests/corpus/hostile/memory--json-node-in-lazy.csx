// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, the value of a Lazy<JsonNode> that is interpolated: Lazy's ToString formats its value, one library call (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
var lazy = new Lazy<JsonNode>(() => array);
_ = lazy.Value;
return $"{lazy}".Length;
