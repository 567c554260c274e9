// class: memory
// expected: memory_limit
// why: 20,000 numbers 900 arrays deep, indented by 127 spaces a level: 114,000 characters before each number, in one call.
using System.Text.Json;
object o = new int[20_000];
for (int i = 0; i < 900; i++) o = new object[] { o };
return JsonSerializer.Serialize(o, new JsonSerializerOptions { WriteIndented = true, IndentSize = 127, MaxDepth = 1000 }).Length;
