// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, written to the console as an object: its ToString writes 600 million characters before the output cap sees them, in one call (before: 3.3 GB).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
object o = array;
Console.WriteLine(o);
return 0;
