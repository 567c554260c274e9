// class: memory
// expected: memory_limit
// why: JsonSerializer.Serialize into a stream as a method group: a string referenced sixty times written sixty times, 600 million characters, in one call (before: 2.7 GB).
using System;
using System.IO;
using System.Text.Json;
var big = new string('x', 10_000_000);
var items = new string[60];
for (int i = 0; i < items.Length; i++) items[i] = big;
var stream = new MemoryStream();
Action<Stream, string[], JsonSerializerOptions?> serialize = JsonSerializer.Serialize;
serialize(stream, items, null);
return stream.Length;
