using ChainOfCode.Runtime;

namespace ChainOfCode.Tests.Shared;

/// <summary>
/// A hostile script of one containment class (issue "No script crashes, hangs or outgrows a host") and the one
/// status it must end with, in process and in the worker. The host must survive it either way. A case expected to be
/// refused names the rule that must refuse it (<see cref="Rule"/>).
/// </summary>
internal sealed record ContainmentCase(string Name, string Class, ScriptStatus Expected, string Code, int TimeoutMs = 2_000, long? MaxAllocatedBytes = null, string? Policy = null, long? MaxSteps = null, int? MaxDepth = null, string? Rule = null)
{
    /// <summary>
    /// The run's limits and the default budgets. A case that expects <c>timeout</c> gets its short deadline; any
    /// other gets at least 10 s, which a loaded machine's compile fits in (its budget, not the clock, ends it).
    /// The grace is as long again.
    /// </summary>
    public RunLimits Limits => RunLimits.Default with
    {
        Timeout = TimeSpan.FromMilliseconds(DeadlineMs),
        AbandonGrace = TimeSpan.FromMilliseconds(Math.Max(DeadlineMs, 2_000)),
        MaxAllocatedBytes = MaxAllocatedBytes ?? RunLimits.Default.MaxAllocatedBytes,
        MaxSteps = MaxSteps ?? RunLimits.Default.MaxSteps,
        MaxDepth = MaxDepth ?? RunLimits.Default.MaxDepth,
    };

    private int DeadlineMs => Expected == ScriptStatus.Timeout ? TimeoutMs : Math.Max(TimeoutMs, 10_000);

    /// <summary>The run's options: its limits, and its policy when it names one.</summary>
    public RunOptions Options => new()
    {
        Limits = Limits,
        Gate = Policy is null ? GateOptions.Default : GateOptions.FromPolicyText(Policy),
    };

    public override string ToString() => Name;
}
