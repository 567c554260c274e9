using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The outcome of a Chain-of-Code run: the script's result (status, value, output, error, diagnostics,
/// usage, isolation) and the run's trace. In JSON: the keys of <see cref="ScriptResult"/>, then
/// <c>emulatorCalls</c>, <c>traceTruncated</c> and <c>trace</c>.
/// </summary>
public sealed record ChainResult
{
    /// <summary>How the run ended; <c>emulation_failed</c> when the emulator could not answer, answered malformed too often, or was asked too often.</summary>
    public required ScriptStatus Status { get; init; }

    /// <summary>The program's answer as JSON.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>What the program wrote.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>The sanitized error message, or null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Gate findings, and the calls that cannot be emulated (<c>COCC0001</c>), with the program's lines.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>What the run used (the emulator's time is not in <c>cpuMs</c>; <c>wallMs</c> includes it).</summary>
    public ScriptUsage Usage { get; init; } = ScriptUsage.None;

    /// <summary>Where the program ran: "inprocess" or "worker(...)".</summary>
    public string Isolation { get; init; } = "inprocess";

    /// <summary>Requests the emulator answered or failed.</summary>
    public int EmulatorCalls { get; init; }

    /// <summary>True when the run had more steps than the trace keeps.</summary>
    public bool TraceTruncated { get; init; }

    /// <summary>Each executed or emulated program line, in order, with what it changed.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = [];

    /// <summary>A script's result with the trace of its chain run.</summary>
    internal static ChainResult From(ScriptResult result, IReadOnlyList<TraceEntry> trace, bool truncated, int emulatorCalls) => new()
    {
        Status = result.Status,
        Value = result.Value,
        Output = result.Output,
        Error = result.Error,
        Diagnostics = result.Diagnostics,
        Usage = result.Usage,
        Isolation = result.Isolation,
        EmulatorCalls = emulatorCalls,
        TraceTruncated = truncated,
        Trace = trace,
    };

    /// <summary>The script part of the result (without the trace), as a plain run reports it.</summary>
    public ScriptResult ToScriptResult() => new()
    {
        Status = Status,
        Value = Value,
        Output = Output,
        Error = Error,
        Diagnostics = Diagnostics,
        Usage = Usage,
        Isolation = Isolation,
    };

    /// <summary>The JSON form.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ScriptJson.Options);

    /// <summary>Reads the JSON form back.</summary>
    public static ChainResult FromJson(string json) =>
        JsonSerializer.Deserialize<ChainResult>(json, ScriptJson.Options) ?? throw new JsonException("The result is null.");
}
