// class: memory
// expected: memory_limit
// why: JsonSerializer.Serialize into a MemoryStream writes a string referenced sixty times sixty times: 600 million characters from one of ten million, in one call (before: 2.7 GB).
using System.IO;
using System.Text.Json;
var big = new string('x', 10_000_000);
var items = new string[60];
for (int i = 0; i < items.Length; i++) items[i] = big;
var stream = new MemoryStream();
JsonSerializer.Serialize(stream, items);
return stream.Length;
