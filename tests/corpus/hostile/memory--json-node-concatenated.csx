// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, concatenated to a string: its ToString writes 600 million characters, in one call (before: 3.3 GB).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
return (array + "").Length;
