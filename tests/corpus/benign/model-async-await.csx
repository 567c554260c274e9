// what: async/await with Task.FromResult, ValueTask, Task.WhenAll on completed tasks
// input: 
// expected: 19
async Task<int> GetAsync(int x) { await Task.Yield(); return x * 2; }
async Task<int> Pure(int x) => await Task.FromResult(x + 1);
ValueTask<int> Fast(int x) => new ValueTask<int>(x);
int a = await Pure(4);
int b = await Fast(6);
var all = await Task.WhenAll(Task.FromResult(1), Task.FromResult(2));
await Task.CompletedTask;
return a + b + all.Sum() + 5;
