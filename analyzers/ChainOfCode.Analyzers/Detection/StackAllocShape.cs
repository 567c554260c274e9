using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// Where a <c>stackalloc</c>'s total can grow at run time: its memory is freed only when the method returns, so one
/// in a loop (or a method that can loop with <c>goto</c>) takes more stack at every iteration, and one in a
/// recursive method, a lambda or a local function (which recurse with a line of code) takes more at every call.
/// </summary>
internal static class StackAllocShape
{
    // Enough to see through the recursion of ordinary code without walking a whole large compilation.
    private const int MaxMethodsVisited = 256;

    public static bool Grows(SyntaxNode stackAlloc, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (SyntaxNode ancestor in stackAlloc.Ancestors())
        {
            switch (ancestor)
            {
                case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    return true;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return true;
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax or CompilationUnitSyntax:
                    return ancestor.DescendantNodes().OfType<GotoStatementSyntax>().Any()
                        || (model.GetDeclaredSymbol(ancestor, cancellationToken) is IMethodSymbol method && IsRecursive(method, model, cancellationToken));
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="method"/> can call itself through the compilation's own methods.</summary>
    private static bool IsRecursive(IMethodSymbol method, SemanticModel rootModel, CancellationToken cancellationToken)
    {
        Compilation compilation = rootModel.Compilation;
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>();
        pending.Push(method);
        while (pending.Count > 0 && visited.Count < MaxMethodsVisited)
        {
            IMethodSymbol current = pending.Pop();
            if (!visited.Add(current))
            {
                continue;
            }

            foreach (SyntaxReference reference in current.DeclaringSyntaxReferences)
            {
                SyntaxNode body = reference.GetSyntax(cancellationToken);
                // The analysis's own model for its tree: it has bound these bodies already; a new one binds them again.
                SemanticModel model = body.SyntaxTree == rootModel.SyntaxTree ? rootModel : compilation.GetSemanticModel(body.SyntaxTree);
                foreach (SyntaxNode node in body.DescendantNodes().Where(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax))
                {
                    if (model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol callee && callee.OriginalDefinition.DeclaringSyntaxReferences.Length > 0)
                    {
                        if (SymbolEqualityComparer.Default.Equals(callee.OriginalDefinition, method.OriginalDefinition))
                        {
                            return true;
                        }

                        pending.Push((IMethodSymbol)callee.OriginalDefinition);
                    }
                }
            }
        }

        // Past the bound nothing is known: a stackalloc there counts as growing.
        return visited.Count >= MaxMethodsVisited;
    }
}
