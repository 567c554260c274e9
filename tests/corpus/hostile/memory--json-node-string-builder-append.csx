// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times typed as object, appended to a StringBuilder: Append(object) calls its ToString (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
object o = array;
return new StringBuilder().Append(o).Length;
