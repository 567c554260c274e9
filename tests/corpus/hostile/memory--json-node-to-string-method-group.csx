// class: memory
// expected: memory_limit
// why: node.ToString as a method group, of an array holding a string of ten million characters sixty times: 600 million characters, in one call (before: 3.3 GB).
using System;
using System.Text.Json.Nodes;
var big = new string('x', 10_000_000);
var array = new JsonArray();
for (int i = 0; i < 60; i++) array.Add(big);
Func<string> text = array.ToString;
return text().Length;
