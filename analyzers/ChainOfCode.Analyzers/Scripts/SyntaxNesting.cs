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
    /// (<c>x.M()</c> is one link of a chain). Stops counting above <paramref name="stopAbove"/>, and then
    /// <c>Interpolations</c> is not the whole tree's. In the same walk: the deepest nesting of interpolated strings
    /// in one another's holes (see <see cref="MaxInterpolationNesting"/>).
    /// </summary>
    public static (int Nesting, int Interpolations) Measure(SyntaxNode root, int stopAbove)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth, int Interpolations)>();
        pending.Push((root, 0, 0));
        int max = 0;
        int maxInterpolations = 0;
        while (pending.Count > 0)
        {
            (SyntaxNode node, int depth, int interpolations) = pending.Pop();
            int levels = (Counts(node) ? 1 : 0) + TupleLevels(node) + SwitchLevels(node);
            if (levels > 0)
            {
                depth += levels;
                if (depth > max)
                {
                    max = depth;
                    if (max > stopAbove)
                    {
                        return (max, maxInterpolations);
                    }
                }
            }

            if (node is InterpolatedStringExpressionSyntax)
            {
                interpolations++;
                if (interpolations > maxInterpolations)
                {
                    maxInterpolations = interpolations;
                }
            }

            // The child list's own enumerator: no iterator allocated per node.
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode)
                {
                    pending.Push((childNode, depth, interpolations));
                }
            }
        }

        return (max, maxInterpolations);
    }

    /// <summary>
    /// Interpolated strings nested in one another's holes (through any other expression: <c>$"{F($"{x}")}"</c>) that
    /// the gate accepts. Roslyn binds every level as a string and again as an interpolated string handler, so its work
    /// about doubles with each: 120 characters of 20 nested interpolations cost <c>coc check</c> 34 s of CPU, 40 would
    /// cost days, far within the nesting cap (4 levels cost no more than a trivial script, 12 about 2 s).
    /// </summary>
    public const int MaxInterpolationNesting = 8;

    /// <summary>
    /// The levels a tuple's width adds: its type is a <c>ValueTuple</c> that nests its eighth element onward in another
    /// (<c>TRest</c>), so a tuple of 49,000 elements (98 KB of text) is a type 7,000 deep, and the compiler's work and
    /// memory grow with the square of the width (<c>coc check</c> past 9.9 GB). Counted as the generic nesting it is:
    /// within the cap a tuple has at most about 1,400 elements.
    /// </summary>
    private static int TupleLevels(SyntaxNode node) => node switch
    {
        TupleExpressionSyntax tuple => (tuple.Arguments.Count - 1) / 7,
        TupleTypeSyntax tuple => (tuple.Elements.Count - 1) / 7,
        ParenthesizedVariableDesignationSyntax designation => (designation.Variables.Count - 1) / 7,
        _ => 0,
    };

    /// <summary>
    /// The levels a switch's width adds: Roslyn's decision DAG for a switch compares every arm (a switch statement's
    /// every case label) with the others, so its memory grows with the square of their number (a switch expression of
    /// 1,750 arms: 330 MB; 3,500: 900 MB; 7,000: past 1.1 GB; a switch statement of 3,500 sections: 520 MB). Every 4
    /// arms or labels count one level: within the cap a switch has at most about 800, and 200 add 49 levels. A list
    /// pattern's elements count the same (6,400 grew <c>coc check</c> to 370 MB and 35 s, against 170 MB at 1,600); a
    /// property pattern's do not (6,400: 170 MB).
    /// </summary>
    public const int SwitchArmsPerLevel = 4;

    private static int SwitchLevels(SyntaxNode node) => node switch
    {
        SwitchExpressionSyntax expression => (expression.Arms.Count - 1) / SwitchArmsPerLevel,
        SwitchStatementSyntax statement => (CaseLabels(statement) - 1) / SwitchArmsPerLevel,
        ListPatternSyntax list => (list.Patterns.Count - 1) / SwitchArmsPerLevel,
        _ => 0,
    };

    private static int CaseLabels(SwitchStatementSyntax statement)
    {
        int labels = 0;
        foreach (SwitchSectionSyntax section in statement.Sections)
        {
            labels += section.Labels.Count;
        }

        return labels;
    }

    private static bool Counts(SyntaxNode node) => node switch
    {
        BlockSyntax => false,
        MemberAccessExpressionSyntax or MemberBindingExpressionSyntax when node.Parent is InvocationExpressionSyntax call && call.Expression == node => false,
        ExpressionSyntax or StatementSyntax or PatternSyntax or MemberDeclarationSyntax or QueryContinuationSyntax => true,
        _ => false,
    };
}
