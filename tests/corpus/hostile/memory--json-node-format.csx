// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times typed as object, an argument of string.Format: the format calls its ToString (before: 3.3 GB in one call).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
object o = array;
return string.Format("{0}!", o).Length;
