// class: memory
// expected: memory_limit
// why: JsonElement.WriteTo of a parsed document of 42,000 characters, 20,000 numbers 900 arrays deep, into a writer indented by 127 spaces a level: 2.3 billion characters, in one call (before: 6.1 GB).
using System.IO;
using System.Text;
using System.Text.Json;
var text = new StringBuilder();
text.Append('[', 900);
for (int i = 0; i < 20_000; i++) text.Append(i == 0 ? "1" : ",1");
text.Append(']', 900);
var document = JsonDocument.Parse(text.ToString(), new JsonDocumentOptions { MaxDepth = 1000 });
var stream = new MemoryStream();
var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 127, MaxDepth = 1000 });
document.RootElement.WriteTo(writer);
writer.Flush();
return stream.Length;
