using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>
/// The one place a security event leaves the runtime: the logger, the JSON-lines sink, the critical-event
/// callback and, for a finished run, the counters. The in-process runner and the worker pool each own one.
/// Every message is sanitized here, so no caller can forget it.
/// </summary>
internal sealed class SecurityEventReporter
{
    private readonly string source;
    private readonly ILogger? logger;
    private readonly JsonLinesSecurityEventSink? sink;
    private readonly Action<SecurityEvent>? onCritical;

    /// <param name="source">Who reports ("Script runner", "Worker pool"): the first words of each log line.</param>
    /// <param name="logger">The logger, or none.</param>
    /// <param name="sink">The JSON-lines sink, or none.</param>
    /// <param name="onCritical">Called for every critical event; a callback that throws is logged, never rethrown.</param>
    public SecurityEventReporter(string source, ILogger? logger, JsonLinesSecurityEventSink? sink, Action<SecurityEvent>? onCritical)
    {
        this.source = source;
        this.logger = logger;
        this.sink = sink;
        this.onCritical = onCritical;
    }

    /// <summary>The event ID and level of a finished run, by its status.</summary>
    public static (EventId Id, LogLevel Level) EventOf(ScriptStatus status) => status switch
    {
        ScriptStatus.Succeeded => (SecurityEventIds.RunSucceeded, LogLevel.Debug),
        ScriptStatus.Rejected => (SecurityEventIds.RunRejected, LogLevel.Warning),
        ScriptStatus.CompileError => (SecurityEventIds.CompileError, LogLevel.Information),
        ScriptStatus.Timeout or ScriptStatus.MemoryLimit or ScriptStatus.RecursionLimit or ScriptStatus.OutputLimit => (SecurityEventIds.LimitHit, LogLevel.Warning),
        ScriptStatus.Killed => (SecurityEventIds.RunKilled, LogLevel.Warning),
        ScriptStatus.RuntimeError or ScriptStatus.EmulationFailed => (SecurityEventIds.RuntimeError, LogLevel.Information),
        _ => (SecurityEventIds.RunCrashed, LogLevel.Error),
    };

    /// <summary>The rules a rejected run broke (errors only); empty for every other status.</summary>
    public static IReadOnlyList<string> BrokenRules(ScriptResult result) => result.Status == ScriptStatus.Rejected
        ? result.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct().ToList()
        : [];

    /// <summary>Counts a finished run (status, duration, broken rules) without logging it.</summary>
    public static void Count(ScriptResult result, TimeSpan elapsed) => RuntimeMetrics.Record(result.Status, elapsed.TotalMilliseconds, BrokenRules(result));

    /// <summary>Counts a finished run and reports it with the event of its status.</summary>
    /// <param name="runId">The run's id, or 0.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="elapsed">The run's wall-clock time, gate included.</param>
    /// <param name="context">Put before the message ("Caller: x."), so the length cap never cuts it off, or null.</param>
    public void ReportRun(long runId, ScriptResult result, TimeSpan elapsed, string? context = null)
    {
        Count(result, elapsed);
        (EventId id, LogLevel level) = EventOf(result.Status);
        string message = result.Error ?? "The script succeeded.";
        Report(id, level, runId, result.Status, context is null ? message : context + " " + message, BrokenRules(result));
    }

    /// <summary>One security event to the logger, the sink and, when critical, the callback.</summary>
    public void Report(EventId eventId, LogLevel level, long runId, ScriptStatus? status, string message, IReadOnlyList<string>? rules = null)
    {
        rules ??= [];
        string clean = MessageSanitizer.Sanitize(message);
        logger?.Log(level, eventId, "{Source} {Status}: {Message} Rules: {Rules} Run: {RunId}", source, StatusText.Of(status), clean, string.Join(",", rules), runId);
        if (sink is null && (level != LogLevel.Critical || onCritical is null))
        {
            return;
        }

        var securityEvent = new SecurityEvent(DateTimeOffset.UtcNow, eventId.Id, eventId.Name ?? string.Empty, level, runId, status, rules, clean);
        sink?.Write(securityEvent);
        if (level == LogLevel.Critical && onCritical is not null)
        {
            try
            {
                onCritical(securityEvent);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A failing callback must not turn an answered run into a crashed host.
                logger?.LogError(eventId, "The critical-event callback failed: {Error}", MessageSanitizer.Sanitize(e.Message));
            }
        }
    }
}
