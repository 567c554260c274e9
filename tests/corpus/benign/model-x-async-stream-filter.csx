// what: IAsyncEnumerable producers and transformers chained with await foreach, async disposal and early break
// input: 
// expected: "0:74 1:84 2:94 3:67 4:77 | done,disposed | 453"
async IAsyncEnumerable<int> ReadSensor(int count)
{
    for (int i = 0; i < count; i++)
    {
        await Task.Yield();
        yield return (i * 37) % 101;
    }
}

async IAsyncEnumerable<T> WhereAsync<T>(IAsyncEnumerable<T> source, Func<T, bool> predicate)
{
    await foreach (var item in source)
        if (predicate(item)) yield return item;
}

async IAsyncEnumerable<(int Index, T Value)> WithIndex<T>(IAsyncEnumerable<T> source)
{
    int i = 0;
    await foreach (var item in source) yield return (i++, item);
}

class Session : IAsyncDisposable
{
    public List<string> Log { get; } = new();
    public ValueTask DisposeAsync() { Log.Add("disposed"); return ValueTask.CompletedTask; }
}

var session = new Session();
var kept = new List<string>();
await using (session)
{
    await foreach (var (i, v) in WithIndex(WhereAsync(ReadSensor(30), v => v > 60)))
    {
        if (i >= 5) break;
        kept.Add($"{i}:{v}");
    }
    session.Log.Add("done");
}
int sum = 0;
await foreach (var v in ReadSensor(10)) sum += v;
return $"{string.Join(" ", kept)} | {string.Join(",", session.Log)} | {sum}";
