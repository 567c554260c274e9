using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>The stable event IDs of the runtime's security events.</summary>
public static class SecurityEventIds
{
    /// <summary>A run succeeded (Debug).</summary>
    public static readonly EventId RunSucceeded = new(4100, nameof(RunSucceeded));

    /// <summary>The gate refused a script; the event lists the rule IDs (Warning).</summary>
    public static readonly EventId RunRejected = new(4101, nameof(RunRejected));

    /// <summary>A script did not compile (Information).</summary>
    public static readonly EventId CompileError = new(4102, nameof(CompileError));

    /// <summary>A guard stopped a run: timeout, memory, recursion or output limit (Warning).</summary>
    public static readonly EventId LimitHit = new(4103, nameof(LimitHit));

    /// <summary>A run was cancelled or ended by the emergency stop (Warning).</summary>
    public static readonly EventId RunKilled = new(4104, nameof(RunKilled));

    /// <summary>A script threw; the event carries the sanitized error (Information).</summary>
    public static readonly EventId RuntimeError = new(4105, nameof(RuntimeError));

    /// <summary>The runtime failed while running a script (Error).</summary>
    public static readonly EventId RunCrashed = new(4106, nameof(RunCrashed));

    /// <summary>A script stayed outside every checkpoint past its deadline; its thread was abandoned (Critical).</summary>
    public static readonly EventId RunAbandoned = new(4107, nameof(RunAbandoned));

    /// <summary>The emergency stop was engaged (Critical).</summary>
    public static readonly EventId EmergencyStop = new(4108, nameof(EmergencyStop));

    /// <summary>The emergency stop was reset (Warning).</summary>
    public static readonly EventId EmergencyReset = new(4109, nameof(EmergencyReset));

    /// <summary>A run was refused because the emergency stop is engaged (Warning).</summary>
    public static readonly EventId RefusedWhileStopped = new(4110, nameof(RefusedWhileStopped));
}
