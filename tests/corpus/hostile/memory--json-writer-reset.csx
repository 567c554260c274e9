// class: memory
// expected: rejected COC0011
// why: Utf8JsonWriter.Reset(Stream) would point a writer past the budgeted sink the guards give it (off the allowed surface).
using System.IO;
using System.Text.Json;
var writer = new Utf8JsonWriter(new MemoryStream());
var stream = new MemoryStream();
writer.Reset(stream);
writer.WriteStringValue("x");
writer.Flush();
return stream.Length;
