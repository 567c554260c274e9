using System;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// What a <see cref="WorkerPool"/> reports, through the runtime's one <see cref="SecurityEventReporter"/>: each
/// answered run (with the events its worker raised and any protocol violation), and the pool's own events.
/// </summary>
internal sealed class WorkerPoolReporter
{
    private readonly SecurityEventReporter events;

    public WorkerPoolReporter(WorkerPoolOptions options, ILogger logger)
    {
        events = new SecurityEventReporter("Worker pool", logger, options.EventSink, options.OnCritical);
    }

    /// <summary>One pool event (stop, reset, lost worker, failed start, suspension).</summary>
    public void Report(EventId eventId, LogLevel level, ScriptStatus? status, string message) => events.Report(eventId, level, 0, status, message);

    /// <summary>
    /// An answered run: the critical events its worker raised, the run itself, and a protocol violation if the worker
    /// broke the protocol. The caller comes first in each message: the sanitizer's length cap cuts long errors.
    /// </summary>
    public void ReportRun(WorkerOutcome outcome, string caller, TimeSpan elapsed)
    {
        foreach (SecurityEvent forwarded in outcome.Events)
        {
            events.Report(new EventId(forwarded.EventId, forwarded.Name), forwarded.Level, 0, forwarded.Status, $"Caller: {caller}. In a worker: {forwarded.Message}", forwarded.Rules);
        }

        events.ReportRun(0, outcome.Result, elapsed, $"Caller: {caller}.");
        if (outcome.Violation is not null)
        {
            events.Report(WorkerPoolEvents.ProtocolViolation, LogLevel.Critical, 0, outcome.Result.Status, $"Caller: {caller}. A worker broke the protocol ({outcome.Violation}) and was killed.");
        }
    }
}
