// class: memory
// expected: memory_limit
// why: a JsonArray holding a string of ten million characters sixty times, through a generic method that calls ToString on its type parameter (before: one call past the deadline, the run abandoned with its thread still writing).
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
return Show(array).Length;
static string Show<T>(T value) => value!.ToString()!;
