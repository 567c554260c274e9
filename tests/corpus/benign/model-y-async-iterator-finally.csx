// what: async iterators with try/finally cleanup and ConfigureAwait, consumed fully, left by break and by an exception
// input: 
// expected: "1200 page 4 failed cleanup after 3; cleanup after 10; cleanup after 5"
var log = new List<string>();

async IAsyncEnumerable<int> Pages(int count, int failAt = -1)
{
    try
    {
        for (int page = 1; page <= count; page++)
        {
            if (page == failAt) throw new InvalidOperationException($"page {page} failed");
            await Task.Yield();
            yield return page * 100;
        }
    }
    finally
    {
        log.Add($"cleanup after {count}");
    }
}

int sum = 0;
await foreach (var p in Pages(3).ConfigureAwait(false)) sum += p;

await foreach (var p in Pages(10))
{
    if (p >= 200) break;
}

string cancelled = "no";
try
{
    await foreach (var p in Pages(5, failAt: 4)) sum += p;
}
catch (InvalidOperationException e) { cancelled = e.Message; }
return $"{sum} {cancelled} {string.Join("; ", log)}";
