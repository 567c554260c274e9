// what: System.Text.Json serialize and deserialize a record
// input: 
// expected: "{\"Name\":\"a\",\"N\":2} b 3"
using System.Text.Json;
record Item(string Name, int N);
var json = JsonSerializer.Serialize(new Item("a", 2));
var back = JsonSerializer.Deserialize<Item>("{\"Name\":\"b\",\"N\":3}")!;
return $"{json} {back.Name} {back.N}";
