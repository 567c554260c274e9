using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Bounds the length of the string constants a script folds, on its syntax tree, before anything binds it. A
/// constant that names other constants repeats them: <c>const string a1 = a0 + a0;</c> twenty-seven times over is a
/// one-kilobyte script whose last constant has a billion characters, and the compiler materializes it wherever it
/// compares it, the guard rewrite wherever it asks for its value, the emit for every <c>ldstr</c> (gigabytes in the
/// host, then <see cref="System.OutOfMemoryException"/>). Without named constants a folded string is no longer than
/// the text it is written in, so the length cap already bounds it; with them only this measure does.
/// </summary>
internal static class ConstantExpansion
{
    /// <summary>
    /// The first expression whose folded string could be longer than <paramref name="limit"/> characters, and that
    /// bound; null when there is none. The bound never undercounts: a constant's characters come from the tokens of
    /// its initializer (a literal's value, a name's text for <c>nameof</c>), and a name that some constant declaration
    /// of the script declares counts as the largest bound among those declarations, whatever it binds to.
    /// </summary>
    public static (SyntaxNode Node, long Bound)? FindOverLimit(SyntaxNode root, long limit)
    {
        var declarations = new Dictionary<string, List<ExpressionSyntax>>(System.StringComparer.Ordinal);
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && IsConstant(declarator))
            {
                string name = declarator.Identifier.ValueText;
                if (!declarations.TryGetValue(name, out List<ExpressionSyntax>? values))
                {
                    declarations[name] = values = new List<ExpressionSyntax>();
                }

                values.Add(value);
            }
        }

        Dictionary<string, long> bounds = BoundNames(declarations);
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            // Where a string is folded: a concatenation or an interpolation as a whole, and a constant's initializer.
            bool folds = node switch
            {
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => !IsFoldedInto(binary),
                InterpolatedStringExpressionSyntax interpolation => !IsFoldedInto(interpolation),
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => IsConstant(declarator),
                _ => false,
            };
            if (folds)
            {
                long bound = Bound(node, bounds);
                if (bound > limit)
                {
                    return (node, bound);
                }
            }
        }

        return null;
    }

    private static bool IsConstant(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        LocalDeclarationStatementSyntax local => local.IsConst,
        _ => false,
    };

    // Part of a larger concatenation or interpolation, which is measured whole.
    private static bool IsFoldedInto(ExpressionSyntax expression)
    {
        SyntaxNode? parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.AddExpression) || parent is InterpolationSyntax;
    }

    // The bound of every declared constant, without recursion (a chain of thousands of constants would otherwise
    // recurse as deep on a thread-pool thread). A name still being measured counts nothing: a cycle does not compile.
    private static Dictionary<string, long> BoundNames(Dictionary<string, List<ExpressionSyntax>> declarations)
    {
        var bounds = new Dictionary<string, long>(System.StringComparer.Ordinal);
        var measuring = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (string start in declarations.Keys)
        {
            var pending = new Stack<string>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                string name = pending.Peek();
                if (bounds.ContainsKey(name))
                {
                    pending.Pop();
                    continue;
                }

                bool ready = true;
                if (measuring.Add(name))
                {
                    foreach (ExpressionSyntax value in declarations[name])
                    {
                        foreach (SyntaxToken token in value.DescendantTokens())
                        {
                            string used = token.ValueText;
                            if (token.IsKind(SyntaxKind.IdentifierToken) && declarations.ContainsKey(used) && !bounds.ContainsKey(used) && !measuring.Contains(used))
                            {
                                pending.Push(used);
                                ready = false;
                            }
                        }
                    }
                }

                if (ready)
                {
                    long largest = 0;
                    foreach (ExpressionSyntax value in declarations[name])
                    {
                        largest = System.Math.Max(largest, Bound(value, bounds));
                    }

                    bounds[name] = largest;
                    pending.Pop();
                }
            }
        }

        return bounds;
    }

    private static long Bound(SyntaxNode node, Dictionary<string, long> bounds)
    {
        long total = 0;
        foreach (SyntaxToken token in node.DescendantTokens())
        {
            long length = Characters(token, bounds);
            total = total > long.MaxValue - length ? long.MaxValue : total + length;
        }

        return total;
    }

    // What a token can add to a folded string: a literal its value, a constant's name that constant's bound, another
    // name its own text (nameof), a number its digits (a char cast from it); punctuation and keywords nothing.
    private static long Characters(SyntaxToken token, Dictionary<string, long> bounds) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.CharacterLiteralToken => token.ValueText.Length,
        SyntaxKind.IdentifierToken => bounds.TryGetValue(token.ValueText, out long named) ? named : token.ValueText.Length,
        SyntaxKind.NumericLiteralToken => token.Text.Length,
        _ => 0,
    };
}
