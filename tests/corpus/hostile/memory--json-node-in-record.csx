// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, held by a record that is printed: the compiler's PrintMembers appends the node as an object, one library call (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
Console.WriteLine(new Holder("n", array));
return 0;
record Holder(string Name, JsonNode Items);
