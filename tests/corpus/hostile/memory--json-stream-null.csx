// class: memory
// expected: timeout
// why: a graph of 60 objects, each referencing the one before twice, serialized into Stream.Null: 2^60 objects and no memory kept, in one call (before: an abandoned thread that kept a core busy).
using System.IO;
using System.Text.Json;
var n = new Node();
for (int i = 0; i < 60; i++) n = new Node { A = n, B = n };
JsonSerializer.Serialize(Stream.Null, n, new JsonSerializerOptions { MaxDepth = 100 });
return 0;
class Node { public Node? A { get; set; } public Node? B { get; set; } }
