using System.IO;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime;

namespace ChainOfCode.Cli;

/// <summary>
/// The readable report of <c>coc run</c> without <c>--json</c>. Everything the script controls is neutralized
/// (<see cref="TerminalText"/>), and each line of its output is quoted with <c>| </c>: whatever it prints, it cannot
/// write a line of the report itself (a forged <c>status: succeeded</c> block shows as quoted output).
/// </summary>
internal static class RunReport
{
    public const string OutputPrefix = "| ";

    /// <summary>
    /// Writes the report of <paramref name="result"/>, the script named <paramref name="file"/>; a problem of a line of
    /// <paramref name="policyFile"/> (the run's <c>--policy</c>, read into <paramref name="policy"/>) is shown at that
    /// file and line, not at the script, with the policy's own message (the verdict's is sanitized: no paths).
    /// </summary>
    public static void Write(TextWriter output, string file, ScriptResult result, RunLimits limits, string? policyFile = null, Policy? policy = null)
    {
        if (result.Output.Length > 0)
        {
            string text = TerminalText.Neutralize(result.Output, keepNewlines: true);
            foreach (string line in (text.EndsWith('\n') ? text[..^1] : text).Split('\n'))
            {
                output.WriteLine(OutputPrefix + line);
            }

            output.WriteLine("----");
        }

        string shownFile = TerminalText.Neutralize(file);
        foreach (ScriptDiagnostic d in result.Diagnostics)
        {
            output.WriteLine(policyFile is not null && ScriptGate.TryGetPolicyLine(d, out int line, out string message)
                ? $"{TerminalText.Neutralize(policyFile)}({line},1): {d.Severity} {d.Id}: {TerminalText.Neutralize(policy?.Problems.FirstOrDefault(p => p.RuleId == d.Id && p.Source.Line == line)?.Message ?? message)}"
                : $"{shownFile}({System.Math.Max(d.Line, 1)},{System.Math.Max(d.Column, 1)}): {d.Severity} {d.Id}: {TerminalText.Neutralize(d.Message)}");
        }

        output.WriteLine("status:    " + Status(result.Status));
        if (result.Value is { } value)
        {
            output.WriteLine("value:     " + TerminalText.Neutralize(value.GetRawText()));
        }

        if (LimitHit(result.Status, limits) is { } limit)
        {
            output.WriteLine("limit hit: " + limit);
        }

        if (result.Error is { } error)
        {
            output.WriteLine("error:     " + TerminalText.Neutralize(error));
        }

        ScriptUsage usage = result.Usage;
        output.WriteLine($"usage:     {usage.WallMs} ms wall, {usage.CpuMs} ms CPU, {usage.AllocatedBytes:N0} bytes allocated, {usage.PeakMemoryBytes:N0} bytes peak, {usage.Steps:N0} steps");
        output.WriteLine("isolation: " + result.Isolation);
    }

    public static string Status(ScriptStatus status) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    private static string? LimitHit(ScriptStatus status, RunLimits limits) => status switch
    {
        ScriptStatus.Timeout => $"time ({Format(limits.Timeout)} or {limits.MaxSteps:N0} steps)",
        ScriptStatus.MemoryLimit => $"memory ({limits.MaxAllocatedBytes:N0} bytes allocated, {limits.MaxItemsPerAllocation:N0} items per allocation)",
        ScriptStatus.RecursionLimit => $"call depth ({limits.MaxDepth})",
        ScriptStatus.OutputLimit => $"output ({limits.MaxOutputChars:N0} characters)",
        _ => null,
    };

    private static string Format(System.TimeSpan time) =>
        time.TotalMilliseconds < 1000 ? $"{time.TotalMilliseconds:0}ms" : time.TotalSeconds < 60 ? $"{time.TotalSeconds:0.###}s" : $"{time.TotalMinutes:0.###}m";
}
