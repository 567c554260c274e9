// class: memory
// expected: memory_limit
// why: node.ToJsonString as a method group, of 20,000 numbers 900 arrays deep indented by 127 spaces a level: 114,000 characters before each number, in one call (before: 4.3 GB).
using System;
using System.Text.Json;
using System.Text.Json.Nodes;
var inner = new JsonArray();
for (int i = 0; i < 20_000; i++) inner.Add(1);
JsonNode n = inner;
for (int i = 0; i < 900; i++) n = new JsonArray(n);
Func<JsonSerializerOptions?, string> text = n.ToJsonString;
return text(new JsonSerializerOptions { WriteIndented = true, IndentSize = 127, MaxDepth = 1000 }).Length;
