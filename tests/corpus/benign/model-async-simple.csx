// what: async local function without Task.Yield
// input: 
// expected: "hello world"
async Task<string> Greet(string name)
{
    await Task.CompletedTask;
    return $"hello {name}";
}
var s = await Greet("world");
return s;
