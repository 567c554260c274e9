using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// Reads of script-controlled members by the host (an exception's <c>Message</c>, which a script type may
/// override): each runs under a budget of its own, and whatever it does (throw, loop, allocate, recurse) the
/// host gets an answer or nothing, never the script's exception.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>Checkpoints one host read may pass.</summary>
    internal const long ReadSteps = 100_000;

    /// <summary>Bytes one host read may allocate.</summary>
    internal const long ReadBytes = 1024 * 1024;

    /// <summary>Wall-clock time one host read may take.</summary>
    internal static readonly TimeSpan ReadTime = TimeSpan.FromMilliseconds(500);

    private ReadBudget? reading;
    private bool readExhausted;

    /// <summary>
    /// Runs <paramref name="read"/> (which may call script code) under its own budget; null when it threw or ran
    /// out of its budget. The run's own counters, depth and stop are left as they were (a kill still applies).
    /// </summary>
    internal string? Read(Func<string?> read)
    {
        if (stop is not null || reading is not null)
        {
            // A stopped run throws at the script's first checkpoint anyway; reads do not nest.
            return null;
        }

        MeasureAllocation();
        reading = new ReadBudget(Stopwatch.GetTimestamp() + (long)(ReadTime.TotalSeconds * Stopwatch.Frequency), allocated + ReadBytes);
        interrupted = true;
        int depthBefore = Depth;
        try
        {
            return read();
        }
        catch (Exception)
        {
            // Whatever the script's member threw, its message is not read: the caller says "unavailable".
            return null;
        }
        finally
        {
            reading = null;
            readExhausted = false;
            Depth = depthBefore;
        }
    }

    private void ReadCheckpoint(ReadBudget read)
    {
        if (readExhausted)
        {
            ReadStop();
        }

        if (++read.Steps > ReadSteps || Stopwatch.GetTimestamp() > read.Deadline)
        {
            ReadStop();
        }

        if (killReason is { } reason)
        {
            Stop(ScriptStatus.Killed, reason);
        }

        MeasureAllocation();
        if (allocated > read.MaxAllocated || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ReadStop();
        }
    }

    [DoesNotReturn]
    private void ReadStop()
    {
        readExhausted = true;
        throw new GuardStopException(ScriptStatus.RuntimeError, "A read of the script's member ran out of its budget.");
    }

    private sealed class ReadBudget(long deadline, long maxAllocated)
    {
        public long Deadline { get; } = deadline;

        public long MaxAllocated { get; } = maxAllocated;

        public long Steps { get; set; }
    }
}
