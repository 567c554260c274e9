// class: memory
// expected: memory_limit
// why: JsonSerializer.SerializeToNode of a string referenced sixty times: 600 million characters written and parsed from one of ten million, in one call (before: 3.8 GB).
using System.Text.Json;
var big = new string('x', 10_000_000);
var items = new string[60];
for (int i = 0; i < items.Length; i++) items[i] = big;
return JsonSerializer.SerializeToNode(items)!.AsArray().Count;
