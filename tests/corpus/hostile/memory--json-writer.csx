// class: memory
// expected: memory_limit
// why: JsonSerializer.Serialize into a Utf8JsonWriter the script made over a MemoryStream: 600 million characters from one of ten million, in the writer's buffer, in one call (before: 1.8 GB).
using System.IO;
using System.Text.Json;
var big = new string('x', 10_000_000);
var items = new string[60];
for (int i = 0; i < items.Length; i++) items[i] = big;
var stream = new MemoryStream();
var writer = new Utf8JsonWriter(stream);
JsonSerializer.Serialize(writer, items);
writer.Flush();
return stream.Length;
