using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The gate's own check of a script's shape that no analyzer can make: statements the analyzers could not see
/// (COCR0005). Reserved names, finalizers and async void are <see cref="ScriptShapeAnalyzer"/>'s.
/// </summary>
internal static class ScriptShapeChecks
{
    /// <summary>
    /// Whether the capability analyzer's walk of the script's global statements saw all of them: each statement has an
    /// operation tree (on the model the walk used, which keeps it), no node of it is one Roslyn could not represent
    /// (<see cref="OperationKind.None"/>, whose meaning the analyzers cannot check) but the host's globals, and every call, object creation
    /// and member access that FindUnanalyzed would check against the twin is the syntax of an operation of that tree
    /// (a called member, which is no operation, when its call is; a qualified name of a namespace or type, which is no
    /// value). When not, the gate falls back to the twin.
    /// </summary>
    public static bool WalkedWhole(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
    {
        var seen = new HashSet<SyntaxNode>();
        foreach (GlobalStatementSyntax statement in ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members.OfType<GlobalStatementSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetOperation(statement.Statement, cancellationToken) is not { } root)
            {
                return false;
            }

            seen.Clear();
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                // The host's globals (Input, Args, ReadLine) are the one None a script commonly has: a member of the
                // runtime's globals type, part of every script's surface.
                if (operation.Kind == OperationKind.None
                    && !(model.GetSymbolInfo(operation.Syntax, cancellationToken).Symbol is { } global && ScriptShapeAnalyzer.IsScriptMember(global)))
                {
                    return false;
                }

                seen.Add(operation.Syntax);
            }

            foreach (SyntaxNode node in statement.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax
                    && !seen.Contains(node)
                    && !(node.Parent is InvocationExpressionSyntax call && call.Expression == node && seen.Contains(call))
                    && !(node is MemberAccessExpressionSyntax && model.GetSymbolInfo(node, cancellationToken).Symbol is INamespaceOrTypeSymbol))
                {
                    return false;
                }
            }
        }

        return true;
    }

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
