using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>What <see cref="ScriptVetting.Vet"/> found: every finding in the gate's order, and the verdict.</summary>
internal sealed class ScriptVettingResult
{
    public ScriptVettingResult(ImmutableArray<ScriptFinding> findings, bool rejected, bool hasCompileErrors, CSharpCompilation? compilation, SyntaxTree? tree, SemanticModel? model = null)
    {
        Model = model;
        Findings = findings;
        IsRejected = rejected;
        HasCompileErrors = hasCompileErrors;
        Compilation = compilation;
        Tree = tree;
    }

    /// <summary>Rule findings (errors and warnings), the gate's own checks, stack shapes, then compiler errors.</summary>
    public ImmutableArray<ScriptFinding> Findings { get; }

    /// <summary>A rule or a check of the gate refused the script.</summary>
    public bool IsRejected { get; }

    /// <summary>The script does not compile.</summary>
    public bool HasCompileErrors { get; }

    public bool IsAccepted => !IsRejected && !HasCompileErrors;

    public CSharpCompilation? Compilation { get; }

    public SyntaxTree? Tree { get; }

    /// <summary>The semantic model the checks bound the script with: what comes after (the guard rewrite) reuses its binding.</summary>
    public SemanticModel? Model { get; }

    /// <summary>The finding a one-line summary names: the first refusal of a rule, else the first compiler error.</summary>
    public ScriptFinding? First => IsRejected
        ? Findings.First(f => f.IsError && !f.IsCompilerError)
        : Findings.FirstOrDefault(f => f.IsCompilerError);

    public int ErrorCount => Findings.Count(f => f.IsError);

    /// <summary>A cap refused the whole script before it was parsed.</summary>
    public static ScriptVettingResult Capped(string id, string message) =>
        new(ImmutableArray.Create(ScriptFinding.Error(id, Location.None, message)), rejected: true, hasCompileErrors: false, null, null);
}
