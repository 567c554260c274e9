using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>The verdict and outcome of one run; <see cref="ToJson"/> gives the wire form the CLI and the worker use.</summary>
public sealed record ScriptResult
{
    /// <summary>How the run ended.</summary>
    public required ScriptStatus Status { get; init; }

    /// <summary>The script's result as JSON (null when it returned nothing or did not succeed).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>What the script wrote with Console.Write/WriteLine, up to the output cap.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>The sanitized error message, or null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Gate findings (errors and warnings), with user line numbers.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>What the run used.</summary>
    public ScriptUsage Usage { get; init; } = ScriptUsage.None;

    /// <summary>
    /// Where the script ran and what isolation was actually applied: "inprocess", or for the worker
    /// process "worker(...)" with the layers that held, e.g. "worker(netns,pidns,fs-view,rlimits,unprivileged,cpu-quota,memory-cgroup,pids-limit,heap-limit,clean-env)".
    /// </summary>
    public string Isolation { get; init; } = "inprocess";

    /// <summary>
    /// Script code ran on a thread other than the run's own, so work may still be running after the run ended
    /// (it ends at its next checkpoint). A worker that reports it is replaced at once. Not on the wire form.
    /// </summary>
    internal bool LeftWork { get; init; }

    /// <summary>The wire form: <c>{"status","value","output","error","diagnostics","usage","isolation"}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ScriptJson.Options);

    /// <summary>A vetted script refused before anything ran: its text or the run's policy is not what the build vetted.</summary>
    internal static ScriptResult NotVetted(string message) => new() { Status = ScriptStatus.NotVetted, Error = MessageSanitizer.Sanitize(message) };

    /// <summary>Reads the wire form back.</summary>
    public static ScriptResult FromJson(string json) =>
        JsonSerializer.Deserialize<ScriptResult>(json, ScriptJson.Options) ?? throw new JsonException("The result is null.");
}
