using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Security events through ILogger and the JSON-lines sink; counters through System.Diagnostics.Metrics.</summary>
public sealed class SecurityEventTests
{
    [Fact]
    public async Task Rejections_and_limit_hits_are_logged_with_event_ids_severities_and_rules()
    {
        var logger = new ListLogger();
        var lines = new StringWriter();
        var runner = new ScriptRunner(new ScriptRunnerOptions { Logger = logger, EventSink = new JsonLinesSecurityEventSink(lines) });

        await runner.RunAsync("var t = System.IO.File.ReadAllText(\"/etc/passwd\");");
        await runner.RunAsync("while (true) { }", Scripts.Hostile);
        await runner.RunAsync("throw new Exception(\"at /srv/app/secret.txt\");");

        Assert.Contains(logger.Entries, e => e.Id == SecurityEventIds.RunRejected.Id && e.Level == LogLevel.Warning && e.Message.Contains("COC0001", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id == SecurityEventIds.LimitHit.Id && e.Level == LogLevel.Warning && e.Message.Contains("timeout", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id == SecurityEventIds.RuntimeError.Id && !e.Message.Contains("/srv/app", StringComparison.Ordinal));

        string[] json = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, json.Length);
        using JsonDocument rejected = JsonDocument.Parse(json[0]);
        Assert.Equal("RunRejected", rejected.RootElement.GetProperty("event").GetString());
        Assert.Equal("rejected", rejected.RootElement.GetProperty("status").GetString());
        Assert.Equal("COC0001", rejected.RootElement.GetProperty("rules")[0].GetString());
        Assert.DoesNotContain(json, l => l.Contains("/etc/passwd", StringComparison.Ordinal) || l.Contains("/srv/app", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counters_record_runs_by_status_rejections_by_rule_and_durations()
    {
        // The meter is process-wide and other classes run scripts meanwhile: count only this test's runs, the ones
        // recorded in its own execution context (the runner records on the caller's flow).
        var mine = new AsyncLocal<bool> { Value = true };
        var runs = new List<string>();
        var rejections = new List<string>();
        var durations = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RuntimeMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            if (!mine.Value)
            {
                return;
            }

            foreach (KeyValuePair<string, object?> tag in tags)
            {
                lock (runs)
                {
                    (instrument.Name == "coc.runtime.runs" ? runs : rejections).Add(tag.Value?.ToString() ?? string.Empty);
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((_, _, _, _) =>
        {
            if (mine.Value)
            {
                Interlocked.Increment(ref durations);
            }
        });
        listener.Start();

        var runner = new ScriptRunner();
        await runner.RunAsync("var home = Environment.GetEnvironmentVariable(\"HOME\");");
        await runner.RunAsync("return 1;");

        lock (runs)
        {
            Assert.Equal(["rejected", "succeeded"], runs);
            Assert.Equal(["COC0006"], rejections);
        }

        Assert.Equal(2, durations);
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<(int Id, LogLevel Level, string Message)> entries = [];

        public IReadOnlyList<(int Id, LogLevel Level, string Message)> Entries
        {
            get
            {
                lock (entries)
                {
                    return entries.ToList();
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (entries)
            {
                entries.Add((eventId.Id, logLevel, formatter(state, exception)));
            }
        }
    }
}
