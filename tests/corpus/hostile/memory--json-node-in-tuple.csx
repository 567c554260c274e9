// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, in a tuple written to the console: ValueTuple's ToString calls the node's, inside the library (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
var pair = (1, array);
Console.WriteLine(pair);
return 0;
