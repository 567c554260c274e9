// class: memory
// expected: memory_limit
// why: JsonSerializer.SerializeToElement of a graph of 60 objects, each referencing the one before twice: 2^60 objects written in one call (before: an abandoned thread past 4 GB).
using System.Text.Json;
var n = new Node();
for (int i = 0; i < 60; i++) n = new Node { A = n, B = n };
return JsonSerializer.SerializeToElement(n, new JsonSerializerOptions { MaxDepth = 100 }).ValueKind.ToString();
class Node { public Node? A { get; set; } public Node? B { get; set; } }
