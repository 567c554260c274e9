using System;

namespace ChainOfCode.Runtime;

/// <summary>
/// The allocation budget's measure: what the run's threads allocated, from their own counters, and the heap's growth
/// sampled for <c>Usage.PeakBytes</c>.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>Starts the allocation counter on the current thread (the run's thread).</summary>
    internal void StartMeasuring()
    {
        allocationThread = Environment.CurrentManagedThreadId;
        runThread = allocationThread;
        allocationMark = GC.GetAllocatedBytesForCurrentThread();
        if (shared)
        {
            ThreadCell().AllocationMark = allocationMark;
        }
    }

    /// <summary>Adds what the current thread allocated since the last measure (async continuations may switch threads).</summary>
    internal void MeasureAllocation()
    {
        if (shared)
        {
            MeasureThreadAllocation();
            return;
        }

        int thread = Environment.CurrentManagedThreadId;
        long now = GC.GetAllocatedBytesForCurrentThread();
        if (thread == allocationThread)
        {
            allocated += now - allocationMark;
        }

        if (thread != runThread)
        {
            ranElsewhere = true;
        }

        allocationThread = thread;
        allocationMark = now;
    }

    /// <summary>After the run: the budget holds for what the last stretch allocated too (no checkpoint saw it).</summary>
    internal void CheckBudget()
    {
        MeasureAllocation();
        if (stop is null && allocated > maxAllocated)
        {
            Stop(ScriptStatus.MemoryLimit, $"The script allocated more than {maxAllocated} bytes.");
        }
    }

    internal void SampleHeap()
    {
        long growth = GC.GetTotalMemory(false) - heapStart;
        if (growth > peak)
        {
            peak = growth;
        }
    }
}
