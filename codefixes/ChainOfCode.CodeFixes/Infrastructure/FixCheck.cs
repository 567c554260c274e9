using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>
/// What a fix checks before it is offered: the fixed document has no more compiler errors than before (one
/// speculative semantic model of the changed tree; the project is not compiled and no analyzer runs, so the
/// light bulb opens at once). That a fix adds no COC diagnostic is proved by its tests: the verifier runs the
/// analyzers over every fixed state and accepts only the diagnostics its markup names.
/// </summary>
internal static class FixCheck
{
    public static bool IsSafe(SyntaxNode root, SemanticModel model, bool hostSuppliesNames, Func<SyntaxNode, SyntaxNode> apply, CancellationToken cancellationToken)
    {
        if (hostSuppliesNames)
        {
            // A script's globals (ReadLine, Input) are the host's: the document alone does not bind them.
            return true;
        }

        SyntaxNode newRoot = apply(root);
        SyntaxTree oldTree = root.SyntaxTree;
        SyntaxTree newTree = oldTree.WithRootAndOptions(newRoot, oldTree.Options);
        Compilation newCompilation = model.Compilation.ReplaceSyntaxTree(oldTree, newTree);
        int oldErrors = CountErrors(model.GetDiagnostics(cancellationToken: cancellationToken));
        int newErrors = CountErrors(newCompilation.GetSemanticModel(newTree).GetDiagnostics(cancellationToken: cancellationToken));
        return newErrors <= oldErrors;
    }

    private static int CountErrors(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
