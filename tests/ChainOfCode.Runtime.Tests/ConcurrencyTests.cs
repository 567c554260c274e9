namespace ChainOfCode.Runtime.Tests;

/// <summary>Many runs at once, no shared state: each run sees only its own inputs, output and budget.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_parallel_runs_each_get_their_own_result()
    {
        await Scripts.RunAsync("1");
        const string Code = """
            var n = Args["n"].GetInt32();
            var total = 0L;
            for (var i = 1; i <= n * 1000; i++) { total += i; }
            Console.Write($"run {n} {Input}");
            return total;
            """;

        ScriptResult[] results = await Task.WhenAll(Enumerable.Range(1, 50).Select(n =>
            Task.Run(() => Scripts.Runner.RunAsync(Code, new RunOptions { ArgsJson = $$"""{"n": {{n}}}""", Input = "in" + n }))));

        for (int n = 1; n <= 50; n++)
        {
            ScriptResult result = results[n - 1];
            long m = n * 1000L;
            Assert.Equal(ScriptStatus.Succeeded, result.Status);
            Assert.Equal(m * (m + 1) / 2, result.Value!.Value.GetInt64());
            Assert.Equal($"run {n} in{n}", result.Output);
        }
    }

    [Fact]
    public async Task A_hostile_run_does_not_disturb_parallel_benign_runs()
    {
        await Scripts.RunAsync("1");
        Task<ScriptResult> flood = Scripts.RunHostileAsync("while (true) { Console.Write(\"x\"); }");
        Task<ScriptResult> spin = Scripts.RunHostileAsync("while (true) { }");
        ScriptResult[] benign = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Scripts.RunAsync($"Console.Write({i}); return {i} * 2;")));

        Assert.Equal(ScriptStatus.OutputLimit, (await flood).Status);
        Assert.Equal(ScriptStatus.Timeout, (await spin).Status);
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(ScriptStatus.Succeeded, benign[i].Status);
            Assert.Equal(i * 2, benign[i].Value!.Value.GetInt32());
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), benign[i].Output);
        }
    }
}
