// class: memory
// expected: memory_limit
// why: JsonSerializer.SerializeToDocument of 20,000 numbers 900 arrays deep, indented by 127 spaces a level: 114,000 characters before each number, in one call (before: 4.3 GB).
using System.Text.Json;
object o = new int[20_000];
for (int i = 0; i < 900; i++) o = new object[] { o };
var document = JsonSerializer.SerializeToDocument(o, new JsonSerializerOptions { WriteIndented = true, IndentSize = 127, MaxDepth = 1000 });
return document.RootElement.GetArrayLength();
