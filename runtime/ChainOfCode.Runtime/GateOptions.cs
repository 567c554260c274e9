using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Runtime;

/// <summary>What the gate checks a script against.</summary>
public sealed record GateOptions
{
    /// <summary>The default for scripts: the catalog in allowlist mode, caps of 100,000 characters and 200 levels.</summary>
    public static GateOptions Default { get; } = new();

    /// <summary>The rule set. Default: <c>Policy.Default.WithMode(PolicyMode.Allowlist)</c>.</summary>
    public Policy Policy { get; init; } = Policy.Default.WithMode(PolicyMode.Allowlist);

    /// <summary>Longest accepted script, in characters.</summary>
    public int MaxSourceLength { get; init; } = 100_000;

    /// <summary>Deepest accepted nesting of brackets and chained expressions, measured before parsing.</summary>
    public int MaxNesting { get; init; } = 200;
}
