// class: memory
// expected: memory_limit
// why: the serializer's own converter writes a graph of 60 objects, each referencing the one before twice, into the script's writer: 2^60 objects in one call (before: an abandoned thread past 4 GB).
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
var n = new Node();
for (int i = 0; i < 60; i++) n = new Node { A = n, B = n };
var options = JsonSerializerOptions.Default;
var converter = (JsonConverter<Node>)options.GetConverter(typeof(Node));
var stream = new MemoryStream();
var writer = new Utf8JsonWriter(stream, new JsonWriterOptions());
converter.Write(writer, n, options);
writer.Flush();
return stream.Length;
class Node { public Node? A { get; set; } public Node? B { get; set; } }
