using System;
using System.Collections.Generic;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>Counts violations per caller in a sliding window and suspends a caller that reaches the threshold.</summary>
internal sealed class CallerSuspensions
{
    private readonly WorkerPoolOptions options;
    private readonly Dictionary<string, Queue<DateTimeOffset>> violations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> suspendedUntil = new(StringComparer.Ordinal);
    private readonly object sync = new();

    /// <summary>Statuses that count as a violation: the gate refused the script, or it hit a limit or crashed its worker.</summary>
    private static readonly HashSet<ScriptStatus> Violations =
        [ScriptStatus.Rejected, ScriptStatus.Timeout, ScriptStatus.MemoryLimit, ScriptStatus.RecursionLimit, ScriptStatus.OutputLimit, ScriptStatus.Crashed];

    public CallerSuspensions(WorkerPoolOptions options) => this.options = options;

    /// <summary>True when a run that ended so counts against its caller.</summary>
    public static bool IsViolation(ScriptStatus status) => Violations.Contains(status);

    /// <summary>The end of the caller's suspension, or null when the caller may submit.</summary>
    public DateTimeOffset? SuspendedUntil(string caller)
    {
        lock (sync)
        {
            if (suspendedUntil.TryGetValue(caller, out DateTimeOffset until))
            {
                if (options.TimeProvider.GetUtcNow() < until)
                {
                    return until;
                }

                suspendedUntil.Remove(caller);
            }

            return null;
        }
    }

    /// <summary>Records one violation; true when it suspends the caller.</summary>
    public bool Record(string caller)
    {
        if (options.ViolationThreshold <= 0)
        {
            return false;
        }

        lock (sync)
        {
            DateTimeOffset now = options.TimeProvider.GetUtcNow();
            if (!violations.TryGetValue(caller, out Queue<DateTimeOffset>? times))
            {
                times = new Queue<DateTimeOffset>();
                violations[caller] = times;
            }

            times.Enqueue(now);
            while (times.Count > 0 && now - times.Peek() > options.ViolationWindow)
            {
                times.Dequeue();
            }

            if (times.Count < options.ViolationThreshold || suspendedUntil.ContainsKey(caller))
            {
                return false;
            }

            times.Clear();
            suspendedUntil[caller] = now + options.SuspensionDuration;
            return true;
        }
    }

    /// <summary>Lifts every suspension and forgets every violation.</summary>
    public void Clear()
    {
        lock (sync)
        {
            violations.Clear();
            suspendedUntil.Clear();
        }
    }
}
