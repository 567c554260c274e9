using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guard of a run whose script may run its code on other threads at once: its policy lets script code reach other
/// threads (COC0007 not enforced) and the script uses something COC0007 covers (<c>Task.Run</c>, <c>Thread</c>, a timer:
/// <see cref="GateOptions.StartsThreads"/>), decided when the script is compiled, so that the rewrite's exits and the
/// guard made for each run agree (<see cref="CompiledScript.StartsThreads"/>). The fast paths of <see cref="Checkpoint"/> and <see cref="Enter"/> stay as
/// they are and still decrement their plain fields, but the flag they read is raised for good, so each of them then takes
/// its slow path, which counts here instead: the steps with <see cref="Interlocked"/> on one shared count, the depth per
/// thread (each thread gets <c>MaxDepth</c> levels of its own, and no thread's levels count against another's), the
/// allocations per thread from that thread's own counter. Exits, which have no slow path, are rewritten for it
/// (<see cref="ExitShared()"/>). Loops and direct-call twins hold no credit (a refill grants none, a reserve nothing):
/// credit charged ahead on one thread would stop another before the budget. So the step budget is exact however many
/// threads run at once, as it is on one. The default policy refuses threads and never pays this, nor does a script under
/// a policy that allows them but that starts none (its code runs on one thread at a time, as under the default policy).
/// </summary>
public sealed partial class ScriptGuard
{
    // Each guard's identity in the threads' cells (a number, not a reference: a pool thread's cell must not keep a run alive).
    private static long lastGuardId;
    private readonly long guardId = Interlocked.Increment(ref lastGuardId);

    // The steps counted so far when shared (Steps), raised with Interlocked.Increment by every thread.
    private long sharedSteps;

    // Set by the ticker's beat (about every millisecond): when shared, the next step runs the full check.
    private volatile bool beat;

    // The current thread's depth and allocation mark under the guard it last counted for (one guard at a time per thread:
    // a pool thread runs one run's work item at a time).
    [ThreadStatic]
    private static ThreadCounters? threadCounters;

    private sealed class ThreadCounters
    {
        public long Guard;
        public int Depth;
        public long AllocationMark;
    }

    /// <summary>The current thread's counters for this guard, fresh (depth zero, allocations counted from now) on a thread new to it.</summary>
    private ThreadCounters ThreadCell()
    {
        ThreadCounters? cell = threadCounters;
        return cell is not null && cell.Guard == guardId ? cell : NewThreadCell();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ThreadCounters NewThreadCell()
    {
        ThreadCounters cell = threadCounters ??= new ThreadCounters();
        cell.Guard = guardId;
        cell.Depth = 0;
        cell.AllocationMark = GC.GetAllocatedBytesForCurrentThread();
        if (Environment.CurrentManagedThreadId != runThread)
        {
            ranElsewhere = true;
        }

        return cell;
    }

    /// <summary>
    /// A step when shared: counted once on the shared count whatever the threads do at once; a stop repeats (counting
    /// nothing), a host read counts on its own budget, the step past the budget stops the run; every
    /// <see cref="FullCheckInterval"/> steps, at the ticker's beat and after a kill, the full check.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SharedStep()
    {
        if (stop is { } stopped)
        {
            throw new GuardStopException(stopped.Status, stopped.Message);
        }

        if (reading is { } read)
        {
            ReadCheckpoint(read);
            return;
        }

        long steps = Interlocked.Increment(ref sharedSteps);
        if (steps > maxSteps)
        {
            Stop(ScriptStatus.Timeout, $"The script passed its step budget of {maxSteps} steps.");
        }

        if (beat || killReason is not null || (steps & (FullCheckInterval - 1)) == 0)
        {
            SharedFullCheck();
        }
    }

    private void SharedFullCheck()
    {
        bool signalled = beat;
        beat = false;
        CheckRunLimits(signalled, clockDue: true);
    }

    /// <summary><see cref="Enter"/>'s slow path when shared: the step, a level of the current thread's own depth, the stack probe.</summary>
    private void SharedEnter(nint frame)
    {
        SharedStep();
        ThreadCounters cell = ThreadCell();
        int depth = cell.Depth + 1;
        SharedLevel(depth);
        cell.Depth = depth;
        if (!StackIsSufficient(frame))
        {
            cell.Depth--;
            HaltPastStack();
        }
    }

    /// <summary>
    /// <see cref="Exit"/> as the rewrite writes it under a policy that allows threads (<see cref="GuardRewriter"/>): a level
    /// back to the current thread when shared, else <see cref="Exit"/>. The default's exits stay a plain increment.
    /// </summary>
    public void ExitShared()
    {
        if (shared)
        {
            SharedExit();
        }
        else
        {
            depthRoom++;
        }
    }

    /// <summary><see cref="Exit{T}"/> as the rewrite writes it under a policy that allows threads (<see cref="ExitShared()"/>).</summary>
    public T ExitShared<T>(T value)
    {
        ExitShared();
        return value;
    }

    /// <summary><see cref="ExitAwaiting"/> as the rewrite writes it under a policy that allows threads (<see cref="ExitShared()"/>).</summary>
    public void ExitAwaitingShared()
    {
        ExitShared();
        if (interrupted)
        {
            EndUnwindingSlowly();
        }
    }

    /// <summary>
    /// An exit when shared: a level back to the current thread. An async function that resumed on another thread
    /// leaves from there: that thread's depth never goes below zero (no thread gains levels), and the level stays counted
    /// on the thread that entered it, as a suspended async function's level does on one thread.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SharedExit()
    {
        ThreadCounters cell = ThreadCell();
        if (cell.Depth > 0)
        {
            cell.Depth--;
        }
    }

    /// <summary>A twin's call when shared (<see cref="Called"/>): the step, the depth against the limit, the stack probe; no credit.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long SharedCalled(int depth, long credit)
    {
        nint here = StackAddress();
        Refill(credit);
        SharedLevel(depth);
        if (!StackIsSufficient(here))
        {
            HaltPastStack();
        }

        return 0;
    }

    // A level at depth on some thread: within the limit, and the deepest any thread reached (Usage.MaxDepth) raised to it.
    private void SharedLevel(int depth)
    {
        if (depth > maxDepth)
        {
            HaltPastDepthLimit();
        }

        int seen;
        while (depth > (seen = Volatile.Read(ref deepest)) && Interlocked.CompareExchange(ref deepest, depth, seen) != seen)
        {
        }
    }

    /// <summary>What the current thread allocated since its last measure, added to the run's (when shared).</summary>
    private void MeasureThreadAllocation()
    {
        ThreadCounters cell = ThreadCell();
        long now = GC.GetAllocatedBytesForCurrentThread();
        Interlocked.Add(ref allocated, now - cell.AllocationMark);
        cell.AllocationMark = now;
    }
}
