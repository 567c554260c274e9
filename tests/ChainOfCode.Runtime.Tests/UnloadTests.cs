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

    [Fact]
    public async Task Script_code_a_run_left_on_the_thread_pool_ends_at_its_next_checkpoint()
    {
        await Scripts.RunAsync("1");
        int baseline = CollectAndCount();

        // A host's own policy may let a script reach the pool; the work it leaves there must not outlive the run.
        // The script spins until the pool starts its lambda, which a busy pool may take seconds to do: neither the step
        // budget (a plain loop turns 50 million times in a fraction of a second) nor the clock of a loaded machine may end it.
        var options = new RunOptions
        {
            Gate = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0007 off\n"),
            Limits = Scripts.Benign with { MaxSteps = long.MaxValue },
        };
        ScriptResult result = await Scripts.RunAsync(
            "var started = false; System.Threading.Tasks.Task.Run(() => { started = true; long i = 0; while (true) { i++; } }); while (!started) { } return 1;",
            options);

        Assert.Equal(1, Scripts.Value(result).GetInt32());

        // The pool thread needs a moment to reach its next checkpoint: collect until the context goes, for at most 30 s.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int live;
        while ((live = CollectAndCount()) > baseline && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Yield();
        }

        Assert.True(live <= baseline, $"Live script load contexts: {live}, baseline {baseline}: the spinning lambda outlived its run.");
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
