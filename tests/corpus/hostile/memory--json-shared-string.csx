// class: memory
// expected: memory_limit
// why: JsonSerializer writes a string referenced sixty times sixty times: 600 million characters from one of ten million, in one call.
using System.Text.Json;
var big = new string('x', 10_000_000);
var items = new string[60];
for (int i = 0; i < items.Length; i++) items[i] = big;
return JsonSerializer.Serialize(items).Length;
