using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Roslyn's process-wide cache of syntax nodes keeps a script's literals after its run; the runner's maintenance
/// empties it. Alone: another class's parse at the same moment would put its own nodes in the cache.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class SyntaxNodeCacheTrimTests
{
    [Fact]
    public void The_cache_is_where_the_trim_looks_for_it()
    {
        Assert.True(SyntaxNodeCacheTrim.CanClear);
    }

    [Fact]
    public async Task A_runs_literal_outlives_the_run_in_the_cache_until_the_maintenance()
    {
        // Only this test's own call may empty the cache: its run does not count toward the maintenance (one in 64 of
        // a trimming runner's does it as the run ends), and no run an earlier test abandoned ends (and trims) meanwhile.
        var runner = new ScriptRunner(new ScriptRunnerOptions { TrimNativeMemory = false });
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes on");
        string literal = "kept-" + Guid.NewGuid().ToString("N");
        ScriptResult result = await runner.RunAsync($"""var words = "{literal} b".Split(' '); return words.Length;""");
        Assert.Equal(2, Scripts.Value(result).GetInt32());
        WeakReference cached = CachedNodeWith(literal);
        Collect();
        Assert.True(cached.IsAlive, "Roslyn's cache no longer holds the run's literal before the maintenance.");

        NativeMemoryTrim.AfterRun(NativeMemoryTrim.Every);
        Collect();

        Assert.False(cached.IsAlive, "The run's literal is still alive after the maintenance emptied Roslyn's node cache.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CachedNodeWith(string literal) =>
        new(SyntaxNodeCacheTrim.Nodes().First(node => node.ToString()!.Contains(literal, StringComparison.Ordinal)));

    private static void Collect()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }
}
