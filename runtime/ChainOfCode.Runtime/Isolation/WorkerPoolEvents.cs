using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>The security events a <see cref="WorkerPool"/> logs.</summary>
public static class WorkerPoolEvents
{
    /// <summary>Critical: the emergency stop killed every worker and ended every run.</summary>
    public static readonly EventId EmergencyStop = new(5001, "WorkerPoolEmergencyStop");

    /// <summary>Warning: a caller reached the violation threshold and is suspended.</summary>
    public static readonly EventId CallerSuspended = new(5002, "WorkerPoolCallerSuspended");

    /// <summary>Critical: a worker sent a forged or malformed frame and was killed.</summary>
    public static readonly EventId ProtocolViolation = new(5003, "WorkerProtocolViolation");

    /// <summary>Warning: a worker died, or missed its deadline and was killed.</summary>
    public static readonly EventId WorkerLost = new(5004, "WorkerLost");

    /// <summary>Error: a worker could not be started.</summary>
    public static readonly EventId WorkerStartFailed = new(5005, "WorkerStartFailed");

    /// <summary>Information: the pool was reset after an emergency stop.</summary>
    public static readonly EventId Reset = new(5006, "WorkerPoolReset");
}
