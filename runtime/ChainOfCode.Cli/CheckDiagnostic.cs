namespace ChainOfCode.Cli;

/// <summary>One finding of <c>coc check</c>: the JSON form is <c>{"file","id","severity","message","line","column"}</c>.</summary>
/// <param name="File">The file as the user named it (or as found under a directory they named).</param>
/// <param name="Id">COCnnnn (a rule) or COCRnnnn (a runtime cap of scripts).</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="Line">1-based line; 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column; 0 when the finding is about the whole file.</param>
public sealed record CheckDiagnostic(string File, string Id, string Severity, string Message, int Line, int Column)
{
    /// <summary>True for error severity (exit code 1).</summary>
    public bool IsError => Severity == "error";

    /// <summary>The compiler's canonical form: <c>file(line,col): error COC0001: message</c>.</summary>
    public string ToCanonical() => $"{File}({System.Math.Max(Line, 1)},{System.Math.Max(Column, 1)}): {Severity} {Id}: {Message}";
}
