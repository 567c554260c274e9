using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// One finding of a script's vetting: a rule of the analyzers, a compiler error or one of the gate's own checks
/// (COCR...). <see cref="Location"/> is in the script's tree, or <see cref="Location.None"/> for the whole script.
/// The runtime turns it into a sanitized ScriptDiagnostic; the build reports it at the script's file.
/// </summary>
internal sealed class ScriptFinding
{
    public ScriptFinding(string id, DiagnosticSeverity severity, string message, Location location, string? alternative = null, string? helpLink = null)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Location = location;
        Alternative = string.IsNullOrEmpty(alternative) ? null : alternative;
        HelpLink = helpLink;
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public Location Location { get; }

    public string? Alternative { get; }

    public string? HelpLink { get; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public bool IsCompilerError => Id.StartsWith("CS", System.StringComparison.Ordinal);

    public static ScriptFinding Error(string id, Location location, string message) => new(id, DiagnosticSeverity.Error, message, location);

    public static ScriptFinding From(Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(RuleDescriptors.AlternativeProperty, out string? alternative);
        return new ScriptFinding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Location,
            alternative,
            diagnostic.Descriptor.HelpLinkUri);
    }
}
