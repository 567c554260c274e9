namespace ChainOfCode.Runtime.Isolation;

/// <summary>How one exchange with a worker ended: the result, whether the worker must go, and any protocol violation (for the security log).</summary>
internal sealed record WorkerOutcome(ScriptResult Result, bool Recycle, string? Violation = null)
{
    /// <summary>Critical events the worker's runner raised during the run.</summary>
    public System.Collections.Generic.IReadOnlyList<SecurityEvent> Events { get; init; } = [];

    /// <summary>The trace of a chain run.</summary>
    public System.Collections.Generic.IReadOnlyList<Chain.TraceEntry> Trace { get; init; } = [];

    /// <summary>Whether the chain run's trace was cut.</summary>
    public bool TraceTruncated { get; init; }
}
