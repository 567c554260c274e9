// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, as an object in an interpolation of one hole: the handler calls its ToString, which writes 600 million characters in one call (before: one call past the deadline, the run abandoned with its thread still writing; 6.7 GB).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
object o = array;
return $"{o}".Length;
