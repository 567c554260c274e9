using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>
/// The guarantee every fix gives: the fixed code compiles as well as before and triggers no COC
/// diagnostic where it changed. Checked on a speculative compilation with the project's own policy
/// (its AdditionalFiles), by the very analyzer that reported the diagnostic.
/// </summary>
internal static class FixCheck
{
    private static readonly ConditionalWeakTable<SyntaxTree, Task<ImmutableArray<Diagnostic>>> Before = new();

    public static async Task<bool> IsSafeAsync(Document document, SyntaxNode root, SemanticModel model, bool hostSuppliesNames, Func<SyntaxNode, SyntaxNode> apply, CancellationToken cancellationToken)
    {
        SyntaxNode newRoot = apply(root);
        SyntaxTree oldTree = root.SyntaxTree;
        SyntaxTree newTree = oldTree.WithRootAndOptions(newRoot, oldTree.Options);
        Compilation oldCompilation = model.Compilation;
        Compilation newCompilation = oldCompilation.ReplaceSyntaxTree(oldTree, newTree);

        if (!hostSuppliesNames)
        {
            int oldErrors = CountErrors(model.GetDiagnostics(cancellationToken: cancellationToken));
            int newErrors = CountErrors(newCompilation.GetSemanticModel(newTree).GetDiagnostics(cancellationToken: cancellationToken));
            if (newErrors > oldErrors)
            {
                return false;
            }
        }

        // The fix may move flagged code (the body of a Task.Run) but never adds a COC diagnostic: every
        // diagnostic after the fix (by ID and flagged text) must have been there before.
        AnalyzerOptions options = document.Project.AnalyzerOptions;
        ImmutableArray<Diagnostic> before = await Before.GetValue(oldTree, _ => AnalyzeAsync(oldCompilation, oldTree, options, CancellationToken.None)).ConfigureAwait(false);
        ImmutableArray<Diagnostic> after = await AnalyzeAsync(newCompilation, newTree, options, cancellationToken).ConfigureAwait(false);
        var remaining = new Dictionary<(string, string), int>();
        foreach (Diagnostic diagnostic in before)
        {
            (string, string) key = Key(diagnostic);
            remaining[key] = remaining.TryGetValue(key, out int count) ? count + 1 : 1;
        }

        foreach (Diagnostic diagnostic in after)
        {
            (string, string) key = Key(diagnostic);
            if (!remaining.TryGetValue(key, out int count) || count == 0)
            {
                return false;
            }

            remaining[key] = count - 1;
        }

        return true;
    }

    private static (string, string) Key(Diagnostic diagnostic) =>
        (diagnostic.Id, diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? string.Empty);

    private static int CountErrors(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, SyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CapabilityAnalyzer());
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false);
        ImmutableArray<Diagnostic> semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, cancellationToken).ConfigureAwait(false);
        return syntax.AddRange(semantic).Where(d => d.Id.StartsWith("COC", StringComparison.Ordinal) && d.Location.SourceTree == tree).ToImmutableArray();
    }
}
