// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times typed as object, its ToString called: a virtual call through object reaches the node's ToString, one library call (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
object o = array;
return o.ToString().Length;
