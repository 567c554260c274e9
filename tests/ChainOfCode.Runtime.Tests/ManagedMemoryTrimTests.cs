namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The runner's maintenance for the GC's free regions: an aggressive collection only when they are large. Reads the
/// GC's process-wide numbers and collects, so it runs alone.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class ManagedMemoryTrimTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void Freed_garbage_regions_go_back_to_the_system()
    {
        // Garbage sized from this process' own heap: what the test process holds by now (the suite's caches, hundreds of
        // megabytes on some machines) and gen0's budget (larger on a machine with a larger cache) both raise the bar,
        // so a fixed amount passes on one machine and not on another.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        long heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        long gen0Budget = Math.Max(GC.GetGCMemoryInfo(GCKind.Ephemeral).GenerationInfo[0].SizeBeforeBytes, 64 * Mb);
        long garbage = Math.Max(96 * Mb, (heap / 4) + (2 * gen0Budget) + (64 * Mb));

        // Small arrays (each below the large-object threshold) survive into gen2, then die: their regions are free.
        var keep = new List<byte[]>();
        for (long i = 0; i < garbage / (8 * 1024); i++)
        {
            keep.Add(new byte[8 * 1024]);
        }

        GC.Collect();
        keep.Clear();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        long before = last.TotalCommittedBytes;

        bool collected = ManagedMemoryTrim.TrimIfWorthIt();
        long after = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;

        Assert.True(
            collected && before - after >= 32 * Mb,
            $"collected {collected}: GC committed {before / Mb} -> {after / Mb} MB (heap {last.HeapSizeBytes / Mb} MB, garbage {garbage / Mb} MB, gen0 budget {gen0Budget / Mb} MB)");
    }

    [Fact]
    public void Nothing_happens_while_the_free_regions_are_small()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        int fullCollections = GC.CollectionCount(GC.MaxGeneration);

        bool collected = ManagedMemoryTrim.TrimIfWorthIt();

        Assert.False(collected || GC.CollectionCount(GC.MaxGeneration) != fullCollections, $"collected {collected}");
    }

    [Theory]
    [InlineData(16 + 16 + 4, 16, 16, false)] // 4 MB beyond heap and gen0's budget: not worth a full collection
    [InlineData(16 + 16 + 5, 16, 16, true)] // 5 MB beyond: over 4 MB and a quarter of the heap
    [InlineData(1024 + 16 + 200, 1024, 16, false)] // a 1 GB heap: 200 MB is under a quarter of it
    [InlineData(1024 + 16 + 300, 1024, 16, true)]
    public void It_collects_only_past_4_MB_and_a_quarter_of_the_heap_beyond_gen0s_budget(long committedMb, long heapMb, long gen0BudgetMb, bool expected) =>
        Assert.Equal(expected, ManagedMemoryTrim.IsWorthIt(committedMb * Mb, heapMb * Mb, gen0BudgetMb * Mb));

    [Fact]
    public async Task A_runner_with_the_option_off_leaves_the_maintenance_alone()
    {
        var runner = new ScriptRunner(new ScriptRunnerOptions { TrimNativeMemory = false });
        await runner.RunAsync("1 + 1"); // after the warm-up's own run (a trimming runner's), which counts before its result is out

        // The count is process-wide: a run of an earlier test that its deadline abandoned counts when its thread finally
        // ends. Alone as this class runs, no new one starts: once every run thread is back, the count can only move by
        // this runner's runs.
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes on");
        long counted = NativeMemoryTrim.Runs;

        for (int i = 0; i < NativeMemoryTrim.Every; i++)
        {
            Assert.Equal(ScriptStatus.Succeeded, (await runner.RunAsync("1 + 1")).Status);
        }

        Assert.Equal(counted, NativeMemoryTrim.Runs);
    }
}
