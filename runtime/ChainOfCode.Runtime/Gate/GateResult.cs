using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime;

/// <summary>
/// The gate's verdict on a script: accepted, <c>rejected</c> or <c>compile_error</c>, with every finding.
/// <see cref="ToJson"/> gives <c>{"verdict","error","diagnostics"}</c> (what the agents' <c>check_csharp</c> answers).
/// </summary>
public sealed class GateResult
{
    internal GateResult(GateVerdict verdict, IReadOnlyList<ScriptDiagnostic> diagnostics, string? error, CSharpCompilation? compilation, SyntaxTree? tree, SemanticModel? model = null)
    {
        Model = model;
        Verdict = verdict;
        Diagnostics = diagnostics;
        Error = error;
        Compilation = compilation;
        Tree = tree;
    }

    /// <summary>True when the script may run.</summary>
    [JsonIgnore]
    public bool IsAccepted => Verdict == GateVerdict.Accepted;

    /// <summary>Accepted, rejected, or not compiling.</summary>
    [JsonPropertyOrder(0)]
    public GateVerdict Verdict { get; }

    /// <summary>The status of a run the gate refused: <c>rejected</c> or <c>compile_error</c>.</summary>
    internal ScriptStatus RefusalStatus => Verdict == GateVerdict.CompileError ? ScriptStatus.CompileError : ScriptStatus.Rejected;

    /// <summary>Every finding: rule violations and warnings, compiler errors, caps. Sanitized, with user lines.</summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>A one-line summary of why the script was refused, or null when accepted.</summary>
    [JsonPropertyOrder(1)]
    public string? Error { get; }

    /// <summary>The IDs of the rules the script broke (errors only).</summary>
    [JsonIgnore]
    public IEnumerable<string> BrokenRules => Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct();

    /// <summary>The wire form: <c>{"verdict","error","diagnostics"}</c>, with <see cref="ScriptJson.Options"/>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ScriptJson.Options);

    internal CSharpCompilation? Compilation { get; }

    internal SyntaxTree? Tree { get; }

    /// <summary>The gate's semantic model of <see cref="Tree"/> (its binding is reused by the guard rewrite), if it kept one.</summary>
    internal SemanticModel? Model { get; }

    /// <summary>A refusal before the gate looked at the script (a bad tool call, a check past its deadline).</summary>
    internal static GateResult Refused(string error) => new(GateVerdict.Rejected, [], MessageSanitizer.Sanitize(error), null, null);

    /// <summary>The same verdict without the compilation, for a cache that must not keep syntax trees alive.</summary>
    internal GateResult WithoutCompilation() => new(Verdict, Diagnostics, Error, null, null);
}
