// class: memory
// expected: memory_limit
// why: a graph of 60 objects, each referencing the one before twice, serialized once per path: 2^60 objects written in one call.
using System.Text.Json;
var n = new Node();
for (int i = 0; i < 60; i++) n = new Node { A = n, B = n };
return JsonSerializer.SerializeToUtf8Bytes(n, new JsonSerializerOptions { MaxDepth = 100 }).Length;
class Node { public Node? A { get; set; } public Node? B { get; set; } }
