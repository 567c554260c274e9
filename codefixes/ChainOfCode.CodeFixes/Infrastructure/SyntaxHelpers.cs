using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>Syntax questions and edits several fixes share.</summary>
internal static class SyntaxHelpers
{
    /// <summary>A statement that can be removed without leaving an embedded-statement hole.</summary>
    public static bool IsRemovableStatement(StatementSyntax statement) =>
        statement.Parent is BlockSyntax or SwitchSectionSyntax
        || (statement.Parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax });

    /// <summary>The node to remove for a statement: the statement, or its global-statement wrapper.</summary>
    public static SyntaxNode RemovalTarget(StatementSyntax statement) =>
        statement.Parent is GlobalStatementSyntax global ? global : statement;

    /// <summary>
    /// Removes a statement (or global statement) and its own line. Comment lines and blank lines
    /// above it stay: they move to the next token. The statement's trailing comment goes with it.
    /// </summary>
    public static SyntaxNode RemoveStatement(SyntaxNode root, SyntaxNode statement)
    {
        SyntaxTriviaList leading = statement.GetLeadingTrivia();
        int lastEndOfLine = -1;
        for (int i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                lastEndOfLine = i;
            }
        }

        var annotation = new SyntaxAnnotation();
        SyntaxNode marked = root.ReplaceNode(statement, statement.WithAdditionalAnnotations(annotation));
        if (lastEndOfLine >= 0)
        {
            SyntaxNode current = marked.GetAnnotatedNodes(annotation).First();
            SyntaxToken next = current.GetLastToken(includeZeroWidth: true).GetNextToken(includeZeroWidth: true);
            if (next.RawKind != 0)
            {
                SyntaxTriviaList kept = SyntaxFactory.TriviaList(leading.Take(lastEndOfLine + 1)).AddRange(next.LeadingTrivia);
                marked = marked.ReplaceToken(next, next.WithLeadingTrivia(kept));
            }
        }

        SyntaxNode target = marked.GetAnnotatedNodes(annotation).First();
        return marked.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
    }

    /// <summary>
    /// True when the node sits in a try block with a catch or finally, a using or a lock: places where
    /// ending the method early, or throwing a different exception type, would change what runs.
    /// Stops at the enclosing function.
    /// </summary>
    public static bool IsGuarded(SyntaxNode node, bool includeUsing)
    {
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax:
                    return false;
                case BlockSyntax { Parent: TryStatementSyntax } block when block.Parent is TryStatementSyntax tryStatement && tryStatement.Block == block:
                    return true;
                case UsingStatementSyntax or LockStatementSyntax when includeUsing:
                    return true;
                case BlockSyntax block when includeUsing && HasUsingDeclarationBefore(block, node):
                    return true;
            }
        }

        return false;
    }

    private static bool HasUsingDeclarationBefore(BlockSyntax block, SyntaxNode node) =>
        block.Statements.Any(s => s is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } && s.SpanStart < node.SpanStart);

    /// <summary>Wraps an expression in parentheses the simplifier may remove again.</summary>
    public static ExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax or ElementAccessExpressionSyntax or TypeOfExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia())
                .WithTriviaFrom(expression)
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
}
