using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime;

/// <summary>One gate finding: a rule of the analyzers, a compiler error or a cap of the runtime.</summary>
/// <param name="Id">The diagnostic ID (COCnnnn for rules, CSnnnn for the compiler, COCR0nnn for the runtime's caps).</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">The sanitized message.</param>
/// <param name="Line">1-based line in the user's script (0 when the finding is about the whole script).</param>
/// <param name="Column">1-based column (0 when the finding is about the whole script).</param>
/// <param name="Alternative">The safe alternative the rule suggests, or null.</param>
public sealed record ScriptDiagnostic(
    string Id,
    string Severity,
    string Message,
    int Line,
    int Column,
    [property: JsonIgnore] string? Alternative = null)
{
    /// <summary>True for errors (the gate refuses the script).</summary>
    [JsonIgnore]
    public bool IsError => Severity == "error";
}
