using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// The exits of functions that await and the finally of async iterators: once the run is stopped, they throw the stop
/// afresh, so that what unwinds a chain of awaits stays short.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>
    /// <see cref="Exit"/> of a function that awaits, then <see cref="EndUnwinding"/>: an exception that leaves a chain of
    /// awaits is thrown again at every level (each <c>await</c> of a faulted task rethrows it with its stack trace so far,
    /// which grows by a level each time: a stop thrown deep in a synchronous async recursion kept its thread unwinding
    /// long after its run was abandoned); a fresh stop thrown from each level's finally keeps every rethrow short.
    /// </summary>
    public void ExitAwaiting()
    {
        depthRoom++;
        if (interrupted)
        {
            EndUnwindingSlowly();
        }
    }

    /// <summary>
    /// The finally of an async iterator: once the run is stopped, killed, cancelled or past its deadline, throws the
    /// stop afresh (its stack trace one level long) instead of letting what unwinds carry on. Counts no step.
    /// </summary>
    public void EndUnwinding()
    {
        if (interrupted)
        {
            EndUnwindingSlowly();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EndUnwindingSlowly()
    {
        if (stop is not null)
        {
            throw new GuardStopException(stop.Status, stop.Message);
        }

        if (reading is not null)
        {
            // A host read of a script member runs under a budget of its own (ReadCheckpoint): its checkpoints decide.
            return;
        }

        if (killReason is { } reason)
        {
            Stop(ScriptStatus.Killed, reason);
        }

        if (Stopwatch.GetTimestamp() > deadline)
        {
            Stop(ScriptStatus.Timeout, "The script ran past its deadline.");
        }

        if (cancellation.IsCancellationRequested)
        {
            Stop(ScriptStatus.Killed, "The run was cancelled.");
        }
    }
}
