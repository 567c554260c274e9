using System.Globalization;
using System.IO;
using System.Linq;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Cli;

/// <summary>The readable report of <c>coc chain</c>: the trace (with <c>--trace</c>), then the run's report as for <c>coc run</c>.</summary>
internal static class ChainReport
{
    public static void Write(TextWriter output, string file, ChainResult result, RunLimits limits, bool trace, string? policyFile = null, ChainOfCode.Analyzers.Rules.Policy? policy = null)
    {
        if (trace)
        {
            WriteTrace(output, result);
        }

        ScriptResult script = result.ToScriptResult();
        RunReport.Write(output, file, script, limits, policyFile, policy);
        output.WriteLine("emulator:  " + result.EmulatorCalls.ToString(CultureInfo.InvariantCulture) + " call(s)");
    }

    /// <summary>One line per step: line number, how it ran, the code, and what changed.</summary>
    public static void WriteTrace(TextWriter output, ChainResult result)
    {
        foreach (TraceEntry entry in result.Trace)
        {
            string how = entry.Kind switch
            {
                TraceKind.EmulatedCall => "emulated",
                TraceKind.EmulatedStatement => "emulated",
                _ => "ran",
            };
            string effect = entry.Kind switch
            {
                TraceKind.EmulatedCall => $"{entry.Call} -> {entry.Value?.GetRawText()}",
                TraceKind.EmulatedStatement => $"threw {entry.Error}; " + Changes(entry),
                _ => Changes(entry),
            };
            output.WriteLine($"{entry.Line,4} {how,-8} {entry.Code}" + (effect.Length > 0 ? "   # " + effect : string.Empty));
        }

        if (result.TraceTruncated)
        {
            output.WriteLine("     (the trace was cut: more steps ran than it keeps)");
        }

        output.WriteLine("----");
    }

    private static string Changes(TraceEntry entry) =>
        string.Join(", ", entry.Changes.Select(pair => pair.Key + " = " + EmulatedCall.ToText(pair.Value)));
}
