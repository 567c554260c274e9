using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// What the model reads about the tools: descriptions and parameter schemas, written from the options (the rules of
/// the policy, the maximums), so the model is told the very limits and rules the runs are held to.
/// </summary>
internal static class ToolDescriptions
{
    public static string Run(ChainOfCodeToolOptions options)
    {
        RunLimits limits = options.Limits;
        string budget = options.MaxRuns is int max ? $" At most {max} runs in this conversation; after that every call answers run_budget_exhausted." : string.Empty;
        return "Runs a C# script in a sandbox and answers with one JSON object. "
            + "Write C# script code: top-level statements and local functions; `return` the answer (it comes back as JSON in \"value\"). "
            + "What the script writes with Console.Write/WriteLine comes back in \"output\". "
            + "The properties of \"inputs\" are Args[\"name\"] in the script (System.Text.Json.JsonElement: Args[\"n\"].GetInt32(), Args[\"s\"].GetString()). "
            + Surface(options.Gate.Policy)
            + $" Refused before anything runs: {Refused(options.Gate.Policy)}; a refused script answers status \"rejected\" with diagnostics that name the safe alternative. "
            + $"Limits per run: {Duration(limits.Timeout)}, {Size(limits.MaxAllocatedBytes)} allocated, {limits.MaxOutputChars.ToString("N0", CultureInfo.InvariantCulture)} characters of output, call depth {limits.MaxDepth}; "
            + "a run over a limit ends with status timeout, memory_limit, output_limit or recursion_limit. "
            + $"You may ask for lower limits with {ToolArguments.TimeoutMs}, {ToolArguments.MemoryMb} and {ToolArguments.MaxOutputChars}, never higher.{budget} "
            + $"The answer: status ({string.Join(", ", Enum.GetValues<ScriptStatus>().Select(StatusText.Of))}), value, output, error, "
            + "diagnostics (id, severity, message, line, column), usage (wallMs, cpuMs, allocatedBytes, peakMemoryBytes, steps), isolation.";
    }

    public static string Check(ChainOfCodeToolOptions options) =>
        "Checks a C# script against the rules of run_csharp without running it, and answers with one JSON object: "
        + "verdict (accepted, rejected, compile_error), error, and diagnostics (id, severity, message, line, column; a rule's message names the safe alternative). "
        + Surface(options.Gate.Policy);

    public static JsonElement RunSchema(RunLimits maximum)
    {
        var properties = new JsonObject
        {
            [ToolArguments.Code] = CodeProperty(),
            [ToolArguments.Inputs] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Named JSON values the script reads as Args[\"name\"].",
            },
            [ToolArguments.TimeoutMs] = Limit($"Wall-clock limit in milliseconds, at most {(long)maximum.Timeout.TotalMilliseconds}.", (long)maximum.Timeout.TotalMilliseconds),
            [ToolArguments.MemoryMb] = Limit($"Memory the script may allocate, in MiB, at most {Math.Max(1, maximum.MaxAllocatedBytes / (1024 * 1024))}.", Math.Max(1, maximum.MaxAllocatedBytes / (1024 * 1024))),
            [ToolArguments.MaxOutputChars] = Limit($"Characters of output kept, at most {maximum.MaxOutputChars}.", maximum.MaxOutputChars),
        };
        return Schema(properties);
    }

    public static JsonElement CheckSchema() => Schema(new JsonObject { [ToolArguments.Code] = CodeProperty() });

    private static JsonObject CodeProperty() => new()
    {
        ["type"] = "string",
        ["description"] = "The C# script: top-level statements; `return` the answer.",
    };

    private static JsonObject Limit(string description, long maximum) => new()
    {
        ["type"] = "integer",
        ["minimum"] = 1,
        ["maximum"] = maximum,
        ["description"] = description,
    };

    private static JsonElement Schema(JsonObject properties) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = new JsonArray(ToolArguments.Code),
        ["additionalProperties"] = false,
    });

    private static string Surface(Policy policy) => policy.Mode == PolicyMode.Allowlist && policy.GetCapability(RuleIds.OutsideAllowedSurface) is { } outside
        ? "Only the allowed surface may be used: " + outside.Alternative
        : "Any .NET API the rules do not refuse may be used.";

    /// <summary>The capabilities the gate refuses: enabled errors that cover symbols or language features.</summary>
    private static string Refused(Policy policy)
    {
        IEnumerable<string> titles = policy.Capabilities
            .Where(c => c.IsEnabled && c.Severity == DiagnosticSeverity.Error && (c.Entries.Length > 0 || c.Features.Length > 0))
            .Select(c => c.Title.ToLowerInvariant());
        return string.Join(", ", titles);
    }

    private static string Duration(TimeSpan time) => time.TotalMilliseconds < 1000
        ? ((long)time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms"
        : time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Size(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB";
}
