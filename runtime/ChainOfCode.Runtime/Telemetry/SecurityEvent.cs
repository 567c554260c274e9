using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>One security event: what the logger, the JSON-lines sink and the critical callback receive.</summary>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="EventId">The stable event ID (see <see cref="SecurityEventIds"/>).</param>
/// <param name="Name">The event's name ("RunRejected", "LimitHit", ...).</param>
/// <param name="Level">Its severity.</param>
/// <param name="RunId">The run it concerns, or 0.</param>
/// <param name="Status">The run's status, if any.</param>
/// <param name="Rules">The rule IDs involved (rejections).</param>
/// <param name="Message">The sanitized message.</param>
public sealed record SecurityEvent(
    DateTimeOffset Time,
    int EventId,
    string Name,
    LogLevel Level,
    long RunId,
    ScriptStatus? Status,
    IReadOnlyList<string> Rules,
    string Message);
