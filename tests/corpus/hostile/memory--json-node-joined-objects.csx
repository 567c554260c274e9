// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, among objects joined by string.Join: Join calls each item's ToString (before: 3.3 GB in one call).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
var items = new object[] { array, 1, "two" };
return string.Join(",", items).Length;
