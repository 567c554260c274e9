using System;

namespace ChainOfCode.Runtime;

/// <summary>The guards' limits for one run. Every value can be changed with <c>with { ... }</c>.</summary>
public sealed record RunLimits
{
    /// <summary>The defaults: 5 s, 50 million steps, call depth 1,000, 256 MiB allocated, 100,000 output characters, 10 million items per allocation.</summary>
    public static RunLimits Default { get; } = new();

    /// <summary>Wall-clock deadline of the execution, checked at every checkpoint and given to regular expressions.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checkpoints (loop iterations and calls) a run may pass: a deterministic time limit.</summary>
    public long MaxSteps { get; init; } = 50_000_000;

    /// <summary>
    /// Deepest call depth of the script's own methods, local functions and lambdas. The default, 1,000, is the
    /// recursion limit of the guidelines' Python executor; the stack probe guards the stack whatever the limit
    /// (data nesting has its own limit, <see cref="InputLimits.MaxDepth"/>).
    /// </summary>
    public int MaxDepth { get; init; } = 1_000;

    /// <summary>Bytes the script may allocate in total (not only live): checked at checkpoints and before large allocations.</summary>
    public long MaxAllocatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Characters of Console output kept; writing more ends the run with <c>output_limit</c>.</summary>
    public int MaxOutputChars { get; init; } = 100_000;

    /// <summary>Largest count a single allocation may ask for (array length, capacity, string length, Repeat/Range count).</summary>
    public long MaxItemsPerAllocation { get; init; } = 10_000_000;

    /// <summary>How long after the deadline the host waits for a script stuck outside every checkpoint before it
    /// abandons the run's thread and reports <c>timeout</c>. Default: one more timeout, at least 2 s.</summary>
    public TimeSpan? AbandonGrace { get; init; }

    internal TimeSpan EffectiveGrace => AbandonGrace ?? TimeSpan.FromTicks(Math.Max(Timeout.Ticks, TimeSpan.FromSeconds(2).Ticks));

    /// <summary>How long the host waits for a run before abandoning it: timeout plus grace, within what timers accept.</summary>
    internal TimeSpan HostWait
    {
        get
        {
            var most = TimeSpan.FromMilliseconds(int.MaxValue - 1);
            TimeSpan timeout = Timeout < TimeSpan.Zero ? TimeSpan.Zero : Timeout > most ? most : Timeout;
            TimeSpan grace = EffectiveGrace < TimeSpan.Zero ? TimeSpan.Zero : EffectiveGrace > most ? most : EffectiveGrace;
            return timeout.Ticks + grace.Ticks > most.Ticks ? most : timeout + grace;
        }
    }
}
