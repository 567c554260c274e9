// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, held by an anonymous type that is printed: the compiler-written ToString formats the node, one library call (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
var holder = new { Name = "n", Items = array };
return holder.ToString().Length;
