using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime;

/// <summary>The gate's verdict on a script: accepted, <c>rejected</c> or <c>compile_error</c>, with every finding.</summary>
public sealed class GateResult
{
    internal GateResult(GateVerdict verdict, IReadOnlyList<ScriptDiagnostic> diagnostics, string? error, CSharpCompilation? compilation, SyntaxTree? tree)
    {
        Verdict = verdict;
        Diagnostics = diagnostics;
        Error = error;
        Compilation = compilation;
        Tree = tree;
    }

    /// <summary>True when the script may run.</summary>
    public bool IsAccepted => Verdict == GateVerdict.Accepted;

    /// <summary>Accepted, rejected, or not compiling.</summary>
    public GateVerdict Verdict { get; }

    /// <summary>The status of a run the gate refused: <c>rejected</c> or <c>compile_error</c>.</summary>
    internal ScriptStatus RefusalStatus => Verdict == GateVerdict.CompileError ? ScriptStatus.CompileError : ScriptStatus.Rejected;

    /// <summary>Every finding: rule violations and warnings, compiler errors, caps. Sanitized, with user lines.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>A one-line summary of why the script was refused, or null when accepted.</summary>
    public string? Error { get; }

    /// <summary>The IDs of the rules the script broke (errors only).</summary>
    public IEnumerable<string> BrokenRules => Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct();

    internal CSharpCompilation? Compilation { get; }

    internal SyntaxTree? Tree { get; }

    /// <summary>The same verdict without the compilation, for a cache that must not keep syntax trees alive.</summary>
    internal GateResult WithoutCompilation() => new(Verdict, Diagnostics, Error, null, null);
}
