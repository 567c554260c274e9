using System;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>Where a runner reports its security events.</summary>
public sealed record ScriptRunnerOptions
{
    /// <summary>The logger of security events (event IDs in <see cref="SecurityEventIds"/>). Default: none.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>An optional JSON-lines sink that receives every security event.</summary>
    public JsonLinesSecurityEventSink? EventSink { get; init; }

    /// <summary>Called for every critical event (emergency stop, abandoned run). Must not throw; it is called on a runtime thread.</summary>
    public Action<SecurityEvent>? OnCritical { get; init; }

    /// <summary>Called on the run's thread just before the script's code starts (tests use it to act on a running script).</summary>
    internal Action<long>? ExecutionStarting { get; init; }
}
