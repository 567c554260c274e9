// what: a class whose synchronous Run method calls async helpers and blocks on them with .Result and .Wait(), as models write when the entry point is not async
// input: 
// expected: "sum=55 words=3 steps=start,step1,step2,done"
class Program
{
    static readonly List<string> Log = [];

    static async Task<int> SumAsync(IEnumerable<int> values)
    {
        int total = 0;
        foreach (var v in values)
        {
            await Task.Yield();
            total += v;
        }
        return total;
    }

    static async Task<int> CountWordsAsync(string text)
    {
        await Task.Yield();
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    static async Task StepsAsync()
    {
        Log.Add("start");
        for (int i = 1; i <= 2; i++)
        {
            await Task.Yield();
            Log.Add($"step{i}");
        }
        Log.Add("done");
    }

    public static string Run()
    {
        int sum = SumAsync(Enumerable.Range(1, 10)).Result;
        var words = CountWordsAsync("chain of code");
        words.Wait();
        StepsAsync().Wait();
        return $"sum={sum} words={words.Result} steps={string.Join(",", Log)}";
    }
}

return Program.Run();
