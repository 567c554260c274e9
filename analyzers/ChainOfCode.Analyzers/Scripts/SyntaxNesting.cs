using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Measures a script's nesting on its syntax tree, after the parser and before anything binds it. The parser
/// reads left-recursive shapes in a loop (<c>x.M().M()...</c>, <c>a[0][0]...</c>, <c>1 + 1 + ...</c>), so the
/// text measure (<see cref="SourceCaps"/>) does not see them as deep, but the binder, the IOperation factory, the
/// analyzers and the guard rewrite all recurse on the tree the parser produces, some of them on thread-pool
/// threads and without a stack guard: a stack overflow there ends the process, which no catch survives.
/// </summary>
internal static class SyntaxNesting
{
    /// <summary>
    /// The deepest nesting of the syntax tree, counted without recursion: every expression, pattern, statement
    /// (but a block, which the text measure counts as its brace) and member declaration on the path from the root
    /// is one level; a member access that names the method of a call is one level with the call
    /// (<c>x.M()</c> is one link of a chain). Stops counting above <paramref name="stopAbove"/>.
    /// </summary>
    public static int Measure(SyntaxNode root, int stopAbove)
        => Deepest(root, stopAbove, Counts);

    /// <summary>
    /// Interpolated strings nested in one another's holes (through any other expression: <c>$"{F($"{x}")}"</c>) that
    /// the gate accepts. Roslyn binds every level as a string and again as an interpolated string handler, so its work
    /// about doubles with each: 120 characters of 20 nested interpolations cost <c>coc check</c> 34 s of CPU, 40 would
    /// cost days, far within the nesting cap (4 levels cost no more than a trivial script, 12 about 2 s).
    /// </summary>
    public const int MaxInterpolationNesting = 8;

    /// <summary>The deepest nesting of interpolated strings, counted without recursion; stops above <paramref name="stopAbove"/>.</summary>
    public static int MeasureInterpolations(SyntaxNode root, int stopAbove)
        => Deepest(root, stopAbove, static node => node is InterpolatedStringExpressionSyntax);

    // The deepest count of nodes that count on a path from the root, without recursion; stops above stopAbove.
    private static int Deepest(SyntaxNode root, int stopAbove, System.Func<SyntaxNode, bool> counts)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        int max = 0;
        while (pending.Count > 0)
        {
            (SyntaxNode node, int depth) = pending.Pop();
            if (counts(node))
            {
                depth++;
                if (depth > max)
                {
                    max = depth;
                    if (max > stopAbove)
                    {
                        return max;
                    }
                }
            }

            foreach (SyntaxNode child in node.ChildNodes())
            {
                pending.Push((child, depth));
            }
        }

        return max;
    }

    private static bool Counts(SyntaxNode node) => node switch
    {
        BlockSyntax => false,
        MemberAccessExpressionSyntax or MemberBindingExpressionSyntax when node.Parent is InvocationExpressionSyntax call && call.Expression == node => false,
        ExpressionSyntax or StatementSyntax or PatternSyntax or MemberDeclarationSyntax or QueryContinuationSyntax => true,
        _ => false,
    };
}
