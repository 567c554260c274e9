using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace ChainOfCode.Runtime;

/// <summary>The runtime's counters (System.Diagnostics.Metrics, meter <see cref="MeterName"/>).</summary>
public static class RuntimeMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "ChainOfCode.Runtime";

    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Runs by status (tag <c>status</c>).</summary>
    internal static readonly Counter<long> Runs = Meter.CreateCounter<long>("coc.runtime.runs", "{run}", "Script runs by status.");

    /// <summary>Rejections by rule (tag <c>rule</c>), one per broken rule per run.</summary>
    internal static readonly Counter<long> Rejections = Meter.CreateCounter<long>("coc.runtime.rejections", "{rejection}", "Gate rejections by rule.");

    /// <summary>Run duration in milliseconds (tag <c>status</c>).</summary>
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("coc.runtime.run.duration", "ms", "Wall-clock duration of a run, gate included.");

    internal static void Record(ScriptStatus status, double milliseconds, IEnumerable<string> rules)
    {
        var tag = new KeyValuePair<string, object?>("status", StatusText.Of(status));
        Runs.Add(1, tag);
        Duration.Record(milliseconds, tag);
        foreach (string rule in rules)
        {
            Rejections.Add(1, new KeyValuePair<string, object?>("rule", rule));
        }
    }
}
