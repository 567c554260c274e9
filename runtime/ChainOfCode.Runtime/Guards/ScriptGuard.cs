using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The per-run guard state that rewritten script code calls: checkpoints (steps, deadline, kill,
/// cancellation, allocation budget, stack), the call depth counter, catch filters, allocation pre-checks,
/// the bounded console and regex timeouts. One instance per run; nothing is shared between runs.
/// Scripts cannot reach it by name: the gate rejects every use of the runtime's types (COCR0003).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ScriptGuard
{
    /// <summary>Steps between two full checks (clock, allocation counter, heap sample, stack probe, step budget).</summary>
    internal const int FullCheckInterval = 1024;

    private readonly long maxSteps;
    private readonly int maxDepth;
    private readonly long maxAllocated;
    private readonly long maxItems;
    // Moves later only while the run waits for a Chain-of-Code emulator (ExtendDeadline): that time is not the script's.
    private long deadline;
    private readonly long startTimestamp;
    private readonly long heapStart;
    private readonly CancellationToken cancellation;
    private volatile string? killReason;
    private GuardStopException? stop;
    // The steps counted so far are nextFullCheck - stepsLeft (StepCount): a checkpoint decrements one field and tests its sign.
    private long stepsLeft;
    // The step at which the next full check runs (the step budget's last step at the latest).
    private long nextFullCheck;
    // Set by whatever must reach the script at its next checkpoint: a stop, a kill, a host read, and, about every
    // millisecond, the guard ticker's thread. A checkpoint reads only this and the step counter.
    private volatile bool interrupted;
    // The call depth is deepest - depthRoom (Depth): an entry decrements one field and tests its sign (a new depth).
    private int depthRoom;
    private int deepest;
    private long allocated;
    private GuardedJson? json;
    private GuardedStructuralComparer? structural;
    private long peak;
    private int allocationThread;
    private long allocationMark;
    private int runThread;
    private volatile bool ranElsewhere;

    // The run's script may run its code on other threads at once (a policy that lets script code reach other threads
    // and a script that uses what COC0007 covers: GateOptions.StartsThreads). Then every
    // step, level and allocation is counted on a slow path, atomically or per thread (ScriptGuard.Threads.cs): the flag
    // is raised for good, so every checkpoint and entry takes its slow path, loops and twins hold no credit, and the
    // fields the fast paths decrement (stepsLeft, depthRoom) are never read. Exits are rewritten for it (ExitShared).
    private readonly bool shared;

    // The deadline on the coarse clock (Environment.TickCount64, milliseconds): far cheaper to read than a timestamp.
    private long deadlineMilliseconds;

    // The stack addresses of the run's thread between which the stack probe passed: any frame of that thread at or above
    // the floor has at least the room the probe asks for (stacks grow down), so only a deeper frame pays the probe. Kept
    // here rather than per thread (a thread-static costs a call to read): while the run's thread lives, no other
    // thread's frame can lie between two addresses of its stack, and once its run ends the guard is killed, so every
    // checkpoint takes the slow path. Other threads (continuations) always probe.
    private nint stackFloor;
    private nint stackCeiling;
    // stackCeiling - stackFloor, so that the check in Enter reads two fields, not three.
    private nint stackSpan;

    /// <param name="limits">The run's limits.</param>
    /// <param name="cancellation">Ends the run as killed.</param>
    /// <param name="runStartTimestamp">When the run began (a <see cref="Stopwatch"/> timestamp): its deadline counts from there, the compile included; null for now.</param>
    /// <param name="threadsAllowed">The run's script may run its code on other threads at once (<see cref="GateOptions.StartsThreads"/>): the guard counts in shared mode.</param>
    internal ScriptGuard(RunLimits limits, CancellationToken cancellation, long? runStartTimestamp = null, bool threadsAllowed = false)
    {
        maxSteps = limits.MaxSteps;
        maxDepth = limits.MaxDepth;
        shared = threadsAllowed;
        interrupted = threadsAllowed;
        maxAllocated = limits.MaxAllocatedBytes;
        maxItems = limits.MaxItemsPerAllocation;
        this.cancellation = cancellation;
        Out = new BoundedWriter(limits.MaxOutputChars);
        Out.Attach(this);
        startTimestamp = runStartTimestamp ?? Stopwatch.GetTimestamp();
        double ticks = Math.Max(0, limits.Timeout.TotalSeconds) * Stopwatch.Frequency;
        deadline = ticks >= long.MaxValue / 2 ? long.MaxValue : startTimestamp + (long)ticks;
        deadlineMilliseconds = CoarseDeadline(deadline);
        heapStart = GC.GetTotalMemory(false);
        StartMeasuring();
        StartStack();
        GuardTicker.Watch(this);
    }

    /// <summary>The run's console (Console.Write/WriteLine are rewritten to it).</summary>
    public BoundedWriter Out { get; }

    /// <summary>The run's JSON serializer (JsonSerializer.Serialize and SerializeToUtf8Bytes are rewritten to it).</summary>
    public GuardedJson Json => json ??= new GuardedJson(this);

    /// <summary>The run's <see cref="System.Collections.StructuralComparisons.StructuralEqualityComparer"/> (reads of it are rewritten to this).</summary>
    public System.Collections.IEqualityComparer StructuralEqualityComparer => structural ??= new GuardedStructuralComparer(this);

    /// <summary>The run's <see cref="System.Collections.StructuralComparisons.StructuralComparer"/> (reads of it are rewritten to this).</summary>
    public System.Collections.IComparer StructuralComparer => structural ??= new GuardedStructuralComparer(this);

    /// <summary>
    /// Time left before the deadline, at least one millisecond: the match timeout of regular expressions. Rounded
    /// down (to 100 ms above a second, 10 ms above 100 ms, else 1 ms), never up: the static Regex methods cache a
    /// parsed pattern per timeout, and a timeout that changed on every call would parse the pattern on every call.
    /// Above 100 ms the coarse clock is read, less its resolution; below, the precise one.
    /// </summary>
    public TimeSpan RegexTimeout
    {
        get
        {
            Checkpoint();
            return RegexTimeLeft();
        }
    }

    /// <summary><see cref="RegexTimeout"/> without its checkpoint.</summary>
    internal TimeSpan RegexTimeLeft()
    {
        long left = deadlineMilliseconds - Environment.TickCount64 - CoarseClockSlackMilliseconds;
        if (left < 100)
        {
            left = (long)((deadline - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency);
        }

        // The longest timeout Regex accepts, for a deadline that is practically never.
        left = Math.Min(left, int.MaxValue - 1000L);
        long step = left >= 1000 ? 100 : left >= 100 ? 10 : 1;
        return TimeSpan.FromMilliseconds(Math.Max(1, left - (left % step)));
    }

    /// <summary>How far the coarse clock may lag the precise one (a scheduler tick, with room).</summary>
    private const long CoarseClockSlackMilliseconds = 20;

    /// <summary>The steps passed, never more than the budget nor fewer than none (a negative budget passes none).</summary>
    internal long Steps => Math.Max(0, Math.Min(shared ? Volatile.Read(ref sharedSteps) : StepCount, maxSteps));

    /// <summary>The steps counted so far (kept as the steps left before the next full check).</summary>
    private long StepCount
    {
        get => nextFullCheck - stepsLeft;
        set => stepsLeft = nextFullCheck - value;
    }

    /// <summary>The current call depth (kept as the room left below the deepest depth so far).</summary>
    private int Depth
    {
        get => shared ? ThreadCell().Depth : deepest - depthRoom;
        set
        {
            if (shared)
            {
                ThreadCell().Depth = value;
            }
            else
            {
                depthRoom = deepest - value;
            }
        }
    }

    internal int MaxDepthReached => deepest;

    internal long AllocatedBytes => allocated;

    internal long PeakBytes => Math.Min(Math.Max(peak, 0), Math.Max(allocated, 0));

    internal GuardStopException? StopReason => stop;

    /// <summary>The run's deadline as a <see cref="Stopwatch"/> timestamp.</summary>
    internal long Deadline => deadline;

    /// <summary>True once script code ran on a thread other than the run's own (work the run may have left behind).</summary>
    internal bool RanElsewhere => ranElsewhere;

    /// <summary>
    /// A checkpoint: at every loop back-edge, label, switch section, call entry and query clause. It counts the step
    /// and reads one flag; every <see cref="FullCheckInterval"/> steps, at the step budget's last step, and whenever
    /// the flag is set (a stop, a kill, a host read, and the guard ticker's millisecond), it runs the full check.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Checkpoint()
    {
        if (--stepsLeft <= 0 || interrupted)
        {
            FullCheck();
        }
    }

    /// <summary>
    /// A checkpoint with the full check, after the script waited outside its code (for the emulator): a cancellation
    /// that ended the wait may not have raised the flag yet (the token runs the wait's callbacks before the guard's).
    /// </summary>
    internal void CheckpointAfterWait()
    {
        interrupted = true;
        Checkpoint();
    }

    /// <summary>A checkpoint that also probes the stack every time (the back-edges of a script with a stackalloc).</summary>
    public void StackCheckpoint()
    {
        Checkpoint();

        // A loop can eat the stack without a call: stackalloc in a loop body is freed only when the method returns.
        if (!StackIsSufficient())
        {
            Stop(ScriptStatus.RecursionLimit, "The script ran out of stack.");
        }
    }

    /// <summary>
    /// The full check. Raised by the flag (ticker, stop, kill, host read) it reads everything; due by the step count
    /// alone (a tight loop every microsecond) it reads the precise clock only once the coarse one is near the deadline,
    /// and leaves the heap sample to the ticker's beat: both cost a system call or a walk of the heap.
    /// </summary>
    /// <param name="interval">The steps to the next full check due by the step count alone (a loop's refill may ask for more than <see cref="FullCheckInterval"/>).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FullCheck(long interval = FullCheckInterval)
    {
        if (shared)
        {
            SharedStep();
            return;
        }

        // Cleared first: a signal that arrives during this check sets it again for the next checkpoint.
        bool signalled = interrupted;
        interrupted = false;
        if (stop is not null)
        {
            // Sticky: a stopped run keeps stopping, in finally blocks and filters too.
            StepCount--;
            interrupted = true;
            throw new GuardStopException(stop.Status, stop.Message);
        }

        if (reading is { } read)
        {
            // The host is reading a member of a script object (an exception's message): that read has a budget of its own.
            StepCount--;
            interrupted = true;
            ReadCheckpoint(read);
            return;
        }

        long steps = StepCount;
        if (steps > maxSteps)
        {
            Stop(ScriptStatus.Timeout, $"The script passed its step budget of {maxSteps} steps.");
        }

        CheckRunLimits(signalled, signalled || Environment.TickCount64 >= deadlineMilliseconds - CoarseClockSlackMilliseconds);
        long left = maxSteps - steps;
        nextFullCheck = left < interval ? steps + left + 1 : steps + interval;
        StepCount = steps;
    }

    /// <summary>
    /// The limits a full check reads besides the step budget, in the same order on both counting modes: the deadline
    /// (<paramref name="clockDue"/>: when the clock is worth reading), then the kill, the cancellation, the allocation
    /// budget, the heap sample (on a signal) and the stack.
    /// </summary>
    private void CheckRunLimits(bool signalled, bool clockDue)
    {
        // The deadline before the kill: the watchdog kills a run it abandons past its deadline, and a run that comes
        // back to a checkpoint after that ran out of time, whichever of the two answers first.
        if (clockDue && Stopwatch.GetTimestamp() > deadline)
        {
            Stop(ScriptStatus.Timeout, "The script ran past its deadline.");
        }

        if (killReason is { } reason)
        {
            Stop(ScriptStatus.Killed, reason);
        }

        if (cancellation.IsCancellationRequested)
        {
            Stop(ScriptStatus.Killed, "The run was cancelled.");
        }

        MeasureAllocation();
        if (allocated > maxAllocated)
        {
            Stop(ScriptStatus.MemoryLimit, $"The script allocated more than {maxAllocated} bytes.");
        }

        if (signalled)
        {
            SampleHeap();
        }

        if (!StackIsSufficient())
        {
            Stop(ScriptStatus.RecursionLimit, "The script ran out of stack.");
        }
    }

    /// <summary>
    /// Called by <see cref="GuardTicker"/> about every millisecond: the next checkpoint runs the full check, so the
    /// deadline, a cancellation and the allocation budget are seen within a millisecond however long a step takes.
    /// False once the guard needs no more watching.
    /// </summary>
    internal bool Tick()
    {
        if (stop is not null || killReason is not null)
        {
            return false;
        }

        beat = true;
        interrupted = true;
        return true;
    }

    /// <summary>A checkpoint inside an expression (a query clause): passes <paramref name="value"/> through.</summary>
    public T Step<T>(T value)
    {
        Checkpoint();
        return value;
    }

    /// <summary>
    /// Entry of a method, local function, lambda, accessor or constructor: a checkpoint, the depth counter and the
    /// stack probe. Inlined: counts the step and the depth, reads the flag, the deepest depth so far and the
    /// stack range the probe passed in; anything new (a full check due, a new depth, a deeper frame) takes the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enter()
    {
        nint here = StackAddress();
        if (((long)--depthRoom | (--stepsLeft - 1)) < 0 || interrupted || !StackWithinProbed(here))
        {
            EnterSlowly(here);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterSlowly(nint frame)
    {
        if (shared)
        {
            SharedEnter(frame);
            return;
        }

        // Undo the fast path's counts and enter the whole way: the checkpoint may stop the run before the depth counts.
        depthRoom++;
        stepsLeft++;
        Checkpoint();
        int depth = Depth + 1;
        if (depth > maxDepth)
        {
            HaltPastDepthLimit();
        }

        if (depth > deepest)
        {
            deepest = depth;
        }

        Depth = depth;
        if (!StackIsSufficient(frame))
        {
            Depth--;
            HaltPastStack();
        }
    }

    /// <summary>Exit of what <see cref="Enter"/> entered (from a finally block).</summary>
    public void Exit() => depthRoom++;

    /// <summary>Exit of a throw-free function (no finally): at each of its returns, once the value is computed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Exit<T>(T value)
    {
        depthRoom++;
        return value;
    }

    /// <summary>The filter of every catch clause: guard stops, resource exhaustion and timeouts pass.</summary>
    public bool CanCatch(Exception exception) =>
        stop is null
        && !readExhausted
        && exception is not (GuardStopException or OutOfMemoryException or InsufficientExecutionStackException or StackOverflowException or RegexMatchTimeoutException);

    /// <summary>A match timeout no longer than the time left.</summary>
    public TimeSpan CapTimeout(TimeSpan requested)
    {
        TimeSpan left = RegexTimeout;
        return requested <= TimeSpan.Zero || requested > left ? left : requested;
    }

    /// <summary>Moves the deadline by time the run spent waiting for its emulator (called on the run's own thread).</summary>
    internal void ExtendDeadline(TimeSpan waited)
    {
        if (waited > TimeSpan.Zero && deadline != long.MaxValue)
        {
            long ticks = (long)Math.Min(waited.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 4);
            deadline = deadline > long.MaxValue - ticks ? long.MaxValue : deadline + ticks;
            deadlineMilliseconds = CoarseDeadline(deadline);
        }
    }

    /// <summary>Ends the run at its next checkpoint (the kill switch).</summary>
    internal void Kill(string reason)
    {
        killReason = reason;
        interrupted = true;
    }

    /// <summary>Stops a host read of a script member if one is under way, else the run (<see cref="Stop"/>).</summary>
    [DoesNotReturn]
    internal void Halt(ScriptStatus status, string message)
    {
        if (reading is not null)
        {
            ReadStop();
        }

        Stop(status, message);
    }

    /// <summary>Ends the run (or a host read): a call went past <c>MaxDepth</c>.</summary>
    [DoesNotReturn]
    private void HaltPastDepthLimit() => Halt(ScriptStatus.RecursionLimit, $"The script's calls nested deeper than {maxDepth} levels.");

    /// <summary>Ends the run (or a host read): a call's frame would leave the stack too little room.</summary>
    [DoesNotReturn]
    private void HaltPastStack() => Halt(ScriptStatus.RecursionLimit, "The script's calls nested too deep for the stack.");

    [DoesNotReturn]
    internal void Stop(ScriptStatus status, string message)
    {
        // The first stop wins, whatever thread another stop comes from.
        if (stop is null)
        {
            Interlocked.CompareExchange(ref stop, new GuardStopException(status, message), null);
        }

        interrupted = true;
        throw new GuardStopException(stop.Status, stop.Message);
    }

    private static long CoarseDeadline(long timestampDeadline)
    {
        if (timestampDeadline == long.MaxValue)
        {
            return long.MaxValue;
        }

        double left = (timestampDeadline - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
        return Environment.TickCount64 + (long)Math.Min(left, long.MaxValue / 4);
    }
}
