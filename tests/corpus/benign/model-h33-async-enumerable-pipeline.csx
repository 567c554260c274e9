// what: async streams: IAsyncEnumerable producers with yield and await Task.Yield, await foreach with a filter, await using on an IAsyncDisposable, async lambdas
// input: 
// expected: "fizz3,fizz6,fizz9,disposed 20 ready"
async IAsyncEnumerable<int> Numbers(int count)
{
    for (int i = 1; i <= count; i++)
    {
        await Task.Yield();
        yield return i;
    }
}

async IAsyncEnumerable<string> Labels(IAsyncEnumerable<int> source)
{
    await foreach (var n in source)
    {
        if (n % 3 == 0) yield return $"fizz{n}";
    }
}

var log = new List<string>();
await using (var res = new Resource(log))
{
    await foreach (var label in Labels(Numbers(10))) log.Add(label);
}

Func<int, Task<int>> twice = async x => { await Task.Yield(); return x * 2; };
var values = await Task.WhenAll(Enumerable.Range(1, 4).Select(twice));
var first = await Task.WhenAny(Task.FromResult("ready"), Task.FromResult("late"));
return $"{string.Join(",", log)} {values.Sum()} {await first}";

sealed class Resource(List<string> log) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        log.Add("disposed");
    }
}
