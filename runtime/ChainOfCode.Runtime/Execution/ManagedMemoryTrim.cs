using System;
using System.Diagnostics;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// Gives the GC's free regions back to the operating system when they are large: an aggressive collection
/// (<see cref="GCCollectionMode.Aggressive"/>: blocking, compacting, and it decommits every free region). The GC keeps
/// the regions its next allocations will want committed (the live heap and gen0's budget: 16 MB on a machine with a
/// 32 MB L3) and gives back what lies beyond them only gradually, so over thousands of runs (each compile a few
/// megabytes of garbage) its committed memory drifts 10-15 MB above that. A plain induced collection does not decommit
/// them (only the gradual step, a share per millisecond since the last collection); the aggressive one is the cheapest
/// call that does. It is bounded: only when the free regions beyond gen0's budget exceed <see cref="MinExcessBytes"/>
/// and a quarter of the heap (a full compacting collection costs in proportion to the heap, so a big heap needs a
/// proportionally big gain), and at most once every <see cref="MinRunsApart"/> runs.
/// </summary>
internal static class ManagedMemoryTrim
{
    /// <summary>The least excess of free regions worth a full collection: 4 MB.</summary>
    public const long MinExcessBytes = 4L * 1024 * 1024;

    /// <summary>Runs between two aggressive collections at the least.</summary>
    public const int MinRunsApart = 256;

    private static long lastCollectionRun = -MinRunsApart;
    private static long collections;
    private static long collectionTicks;

    /// <summary>The aggressive collections this maintenance made, their total time, and the run after which the last one came (for the benchmarks).</summary>
    public static (long Count, TimeSpan Time, long LastRun) Collections => (Volatile.Read(ref collections), TimeSpan.FromTicks(Volatile.Read(ref collectionTicks)), Volatile.Read(ref lastCollectionRun));

    /// <summary>After the <paramref name="run"/>th run: <see cref="TrimIfWorthIt"/>, unless it collected in the last <see cref="MinRunsApart"/> runs.</summary>
    public static void AfterRun(long run)
    {
        long last = Volatile.Read(ref lastCollectionRun);
        if (run - last >= MinRunsApart && TrimIfWorthIt())
        {
            Interlocked.CompareExchange(ref lastCollectionRun, run, last);
        }
    }

    /// <summary>Collects aggressively when <see cref="IsWorthIt(GCMemoryInfo, GCMemoryInfo)"/> says so; true when it did.</summary>
    public static bool TrimIfWorthIt()
    {
        if (!IsWorthIt(GC.GetGCMemoryInfo(GCKind.Any), GC.GetGCMemoryInfo(GCKind.Ephemeral)))
        {
            return false;
        }

        long start = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Interlocked.Add(ref collectionTicks, Stopwatch.GetElapsedTime(start).Ticks);
        Interlocked.Increment(ref collections);
        return true;
    }

    /// <summary>
    /// Whether the GC's committed memory, as its last collection left it, exceeds the heap plus gen0's budget (what the
    /// last ephemeral collection found allocated in gen0) by <see cref="MinExcessBytes"/> and by a quarter of the heap.
    /// </summary>
    public static bool IsWorthIt(GCMemoryInfo last, GCMemoryInfo lastEphemeral)
    {
        // Before the first ephemeral collection gen0's budget is unknown: nothing to give back yet.
        return lastEphemeral.Index != 0 && IsWorthIt(last.TotalCommittedBytes, last.HeapSizeBytes, lastEphemeral.GenerationInfo[0].SizeBeforeBytes);
    }

    /// <inheritdoc cref="IsWorthIt(GCMemoryInfo, GCMemoryInfo)"/>
    public static bool IsWorthIt(long committedBytes, long heapBytes, long gen0BudgetBytes) =>
        committedBytes - heapBytes - gen0BudgetBytes > Math.Max(MinExcessBytes, heapBytes / 4);
}
