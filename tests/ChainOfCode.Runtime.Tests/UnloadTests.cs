using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Counts live script load contexts process-wide, so it runs alone: a script of another test class
/// running at the same moment would hold a context of its own.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class UnloadTests
{
    internal const string Alone = "Runs alone: counts load contexts process-wide";

    [Fact]
    public async Task Two_thousand_runs_leave_no_script_load_context_behind()
    {
        await Scripts.RunAsync("1");
        int baseline = CollectAndCount();

        const int Runs = 2000;
        const int Parallel = 4;
        var failures = 0;
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, Runs), new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, _) =>
        {
            ScriptResult result = await Scripts.Runner.RunAsync($"var x = {i % 50}; x * 2");
            if (result.Status != ScriptStatus.Succeeded || result.Value!.Value.GetInt32() != (i % 50) * 2)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        Assert.True(CollectAndCount() <= baseline, $"Live script load contexts: {ScriptRunner.LiveLoadContexts}, baseline {baseline}.");
    }

    [Fact]
    public async Task Runs_that_serialize_their_own_types_still_unload()
    {
        await Scripts.RunAsync("1");
        int baseline = CollectAndCount();

        for (int i = 0; i < 20; i++)
        {
            ScriptResult result = await Scripts.RunAsync($$"""
                record P(int X);
                return System.Text.Json.JsonSerializer.Serialize(new P({{i}})) + System.Text.Json.JsonSerializer.Serialize(new { a = {{i}} });
                """);
            Assert.Equal($$"""{"X":{{i}}}{"a":{{i}}}""", Scripts.Value(result).GetString());
        }

        Assert.True(CollectAndCount() <= baseline, $"Live script load contexts: {ScriptRunner.LiveLoadContexts}, baseline {baseline}.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int CollectAndCount()
    {
        int live = ScriptRunner.LiveLoadContexts;
        for (int i = 0; i < 20 && live > 0; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            live = ScriptRunner.LiveLoadContexts;
        }

        return live;
    }
}

[CollectionDefinition(UnloadTests.Alone, DisableParallelization = true)]
public sealed class UnloadTestsCollection
{
}
