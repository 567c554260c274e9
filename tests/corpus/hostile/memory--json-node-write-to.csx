// class: memory
// expected: memory_limit
// why: JsonNode.WriteTo of 20,000 numbers 900 arrays deep into a writer indented by 127 spaces a level: 114,000 characters before each number, in one call (before: an abandoned thread past 6 GB).
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
var inner = new JsonArray();
for (int i = 0; i < 20_000; i++) inner.Add(1);
JsonNode n = inner;
for (int i = 0; i < 900; i++) n = new JsonArray(n);
var stream = new MemoryStream();
var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 127, MaxDepth = 1000 });
n.WriteTo(writer);
writer.Flush();
return stream.Length;
