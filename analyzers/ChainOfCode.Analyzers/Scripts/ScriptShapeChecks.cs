using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The gate's own check of a script's shape that no analyzer can make: statements the analyzers could not see
/// (COCR0005). Reserved names, finalizers and async void are <see cref="ScriptShapeAnalyzer"/>'s.
/// </summary>
internal static class ScriptShapeChecks
{
    /// <summary>
    /// Fails closed where the twin could not stand in for the script: a call, creation or member access in a
    /// global statement that binds in the script but not in the twin would escape the analyzers' operation actions.
    /// </summary>
    public static IEnumerable<ScriptFinding> FindUnanalyzed(SyntaxTree tree, SemanticModel model, SemanticModel twinModel, CancellationToken cancellationToken)
    {
        SyntaxNode twinRoot = twinModel.SyntaxTree.GetRoot(cancellationToken);
        var boundCalls = new HashSet<SyntaxNode>();
        foreach (GlobalStatementSyntax statement in ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members.OfType<GlobalStatementSyntax>())
        {
            foreach (SyntaxNode node in statement.DescendantNodes())
            {
                // Each symbol lookup may bind a large expression again: stop between them once the deadline is past.
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax)
                    || (node.Parent is InvocationExpressionSyntax call && call.Expression == node && boundCalls.Contains(call))
                    || model.GetSymbolInfo(node, cancellationToken).Symbol is null)
                {
                    // What a call bound in both compilations invokes (its method, or the member holding its delegate) is bound
                    // in both too; asking again would bind the statement again (the model keeps no method group).
                    continue;
                }

                SyntaxNode twinNode = twinRoot.FindNode(node.Span, getInnermostNodeForTie: true);
                if (twinNode.RawKind != node.RawKind || twinModel.GetSymbolInfo(twinNode, cancellationToken).Symbol is null)
                {
                    yield return ScriptFinding.Error(RuleIds.UnanalyzedStatement, node.GetLocation(), "The gate could not analyze this expression the way it runs; rewrite the statement (for example, move it into a method).");
                    break;
                }

                if (node is InvocationExpressionSyntax)
                {
                    boundCalls.Add(node);
                }
            }
        }
    }
}
