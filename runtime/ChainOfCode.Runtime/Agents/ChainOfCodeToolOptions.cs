using System;

namespace ChainOfCode.Runtime.Agents;

/// <summary>What an agent tool of <see cref="ChainOfCodeTools"/> allows: the most a run may use, the rules, and a budget of runs.</summary>
public sealed record ChainOfCodeToolOptions
{
    /// <summary>The defaults: <see cref="RunLimits.Default"/>, the script policy (allowlist), no budget.</summary>
    public static ChainOfCodeToolOptions Default { get; } = new();

    /// <summary>
    /// The most one run may use. The model may ask for less (<c>timeout_ms</c>, <c>memory_mb</c>, <c>max_output_chars</c>),
    /// never more: a larger request is cut to these values.
    /// </summary>
    public RunLimits Limits { get; init; } = RunLimits.Default;

    /// <summary>The rules the gate checks every script against (the catalog in allowlist mode by default; see <see cref="GateOptions.FromPolicyText"/>).</summary>
    public GateOptions Gate { get; init; } = GateOptions.Default;

    /// <summary>Limits on the model's <c>inputs</c> and on the script's result value.</summary>
    public InputLimits InputLimits { get; init; } = InputLimits.Default;

    /// <summary>
    /// Runs one tool instance answers; after that every call answers <c>run_budget_exhausted</c> and nothing runs.
    /// The budget belongs to the <see cref="Microsoft.Extensions.AI.AIFunction"/>: create one tool per conversation
    /// (tools are cheap; share the pool). Null: no budget.
    /// </summary>
    public int? MaxRuns { get; init; }

    /// <summary>Who the runs come from, for a worker pool's violation counting and its security events. Default <c>agent</c>.</summary>
    public string CallerId { get; init; } = "agent";

    /// <summary>
    /// How long <c>check_csharp</c> may wait for its turn and compile and analyze a script (checks run in the calling
    /// process, one at a time, and never execute the script); a check that takes longer answers <c>rejected</c>.
    /// Default 30 s: the first check of a process also warms the compiler up. Zero or less refuses every check;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits as long as the check takes.
    /// </summary>
    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
