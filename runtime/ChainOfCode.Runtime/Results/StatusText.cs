using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>A status as it appears on the wire, in logs and in metric tags: snake_case (<c>memory_limit</c>).</summary>
internal static class StatusText
{
    public static string Of(ScriptStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static string Of(ScriptStatus? status) => status is { } known ? Of(known) : "-";
}
