using System;
using System.IO;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>
/// Writes each security event as one JSON line (thread-safe), with the incident log's fields first:
/// <c>{"time","event","severity","details","eventId","runId","status","rules"}</c>. The writer is the caller's to dispose.
/// </summary>
public sealed class JsonLinesSecurityEventSink
{
    private readonly TextWriter writer;
    private readonly object gate = new();

    /// <summary>Creates a sink over a writer (a file, a pipe, a StringWriter in tests).</summary>
    public JsonLinesSecurityEventSink(TextWriter writer)
    {
        this.writer = writer ?? throw new ArgumentNullException(nameof(writer));
    }

    /// <summary>Writes one event.</summary>
    public void Write(SecurityEvent securityEvent)
    {
        string line = JsonSerializer.Serialize(new
        {
            time = securityEvent.Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            @event = securityEvent.Name,
            severity = securityEvent.Level.ToString().ToLowerInvariant(),
            details = securityEvent.Message,
            eventId = securityEvent.EventId,
            runId = securityEvent.RunId,
            status = securityEvent.Status is { } status ? StatusText.Of(status) : null,
            rules = securityEvent.Rules,
        });
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
