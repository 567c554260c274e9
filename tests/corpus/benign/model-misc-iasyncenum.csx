// what: async iterator with await foreach
// input: 
// expected: 6
async IAsyncEnumerable<int> Numbers()
{
    for (int i = 1; i <= 3; i++)
    {
        await Task.CompletedTask;
        yield return i;
    }
}
int total = 0;
await foreach (var n in Numbers()) total += n;
return total;
