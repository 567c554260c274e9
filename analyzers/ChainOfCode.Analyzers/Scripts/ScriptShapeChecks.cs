using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>The gate's own checks of a script's shape: reserved names, finalizers, async void, statements the analyzers could not see.</summary>
internal static class ScriptShapeChecks
{
    /// <summary>The script names something reserved for the runtime (its guard, its runner, the "__coc" prefix).</summary>
    public const string ReservedId = "COCR0003";

    /// <summary>The script declares a finalizer (it would run on the host's finalizer thread, outside every guard).</summary>
    public const string FinalizerId = "COCR0004";

    /// <summary>A global statement the analyzers could not see the way it runs (the gate fails closed).</summary>
    public const string UnanalyzedId = "COCR0005";

    /// <summary>An async void method, local function or lambda: its exceptions would be thrown on the host's thread pool.</summary>
    public const string AsyncVoidId = "COCR0006";

    /// <summary>
    /// Fails closed where the twin could not stand in for the script: a call, creation or member access in a
    /// global statement that binds in the script but not in the twin would escape the analyzers' operation actions.
    /// </summary>
    public static IEnumerable<ScriptFinding> FindUnanalyzed(SyntaxTree tree, SemanticModel model, SemanticModel twinModel, CancellationToken cancellationToken)
    {
        SyntaxNode twinRoot = twinModel.SyntaxTree.GetRoot(cancellationToken);
        foreach (GlobalStatementSyntax statement in ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members.OfType<GlobalStatementSyntax>())
        {
            foreach (SyntaxNode node in statement.DescendantNodes())
            {
                // Each symbol lookup may bind a large expression again: stop between them once the deadline is past.
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax)
                    || model.GetSymbolInfo(node, cancellationToken).Symbol is null)
                {
                    continue;
                }

                SyntaxNode twinNode = twinRoot.FindNode(node.Span, getInnermostNodeForTie: true);
                if (twinNode.RawKind != node.RawKind || twinModel.GetSymbolInfo(twinNode, cancellationToken).Symbol is null)
                {
                    yield return ScriptFinding.Error(UnanalyzedId, node.GetLocation(), "The gate could not analyze this expression the way it runs; rewrite the statement (for example, move it into a method).");
                    break;
                }
            }
        }
    }

    public static IEnumerable<ScriptFinding> FindReserved(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (SyntaxNodeOrToken item in tree.GetRoot(cancellationToken).DescendantNodesAndTokens(descendIntoTrivia: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.IsToken)
            {
                SyntaxToken token = item.AsToken();
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText.StartsWith(ScriptDialect.ReservedPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    yield return ScriptFinding.Error(ReservedId, token.GetLocation(), $"'{token.ValueText}' uses a name reserved for the runtime's guards.");
                }

                continue;
            }

            SyntaxNode node = item.AsNode()!;
            if (node is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
                && IsAsyncVoid(node, model, cancellationToken))
            {
                yield return ScriptFinding.Error(AsyncVoidId, node.GetFirstToken().GetLocation(), "An async void method or lambda would throw on the host's thread pool; return a Task and await it.");
            }

            if (node is DestructorDeclarationSyntax destructor)
            {
                yield return ScriptFinding.Error(FinalizerId, destructor.Identifier.GetLocation(), "A finalizer would run on the host's finalizer thread, outside every guard; release resources with IDisposable instead.");
            }
            else if (node is SimpleNameSyntax name)
            {
                SymbolInfo info = model.GetSymbolInfo(name, cancellationToken);
                ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is not null && symbol is not INamespaceSymbol
                    && symbol.ContainingAssembly?.Name == ScriptDialect.RuntimeAssemblyName
                    && !ScriptDialect.IsScriptMember(symbol))
                {
                    yield return ScriptFinding.Error(ReservedId, name.GetLocation(), $"'{name.Identifier.ValueText}' belongs to the script runtime; scripts may use only Input, ReadLine() and Args.");
                }
            }
        }
    }

    private static bool IsAsyncVoid(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        bool isAsync = node switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };
        if (!isAsync)
        {
            return false;
        }

        ISymbol? symbol = node is AnonymousFunctionExpressionSyntax
            ? model.GetSymbolInfo(node, cancellationToken).Symbol
            : model.GetDeclaredSymbol(node, cancellationToken);
        return symbol is IMethodSymbol { ReturnsVoid: true };
    }
}
