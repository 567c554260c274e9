using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>How the script's own code ended: its status, its converted value, and an unsanitized error.</summary>
internal readonly record struct ExecutionOutcome(ScriptStatus Status, JsonElement? Value, string? Error)
{
    public static ExecutionOutcome Failed(ScriptStatus status, string error) => new(status, null, error);
}
