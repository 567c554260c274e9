using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// The syntax the guard rewrite inserts: calls on the run's guard (<c>__CocRun.G</c>), checkpoints on
/// back-edges, and the <c>Enter(); try { ... } finally { Exit(); }</c> frame of a guarded body. Nothing here
/// adds a line break, so user lines keep their numbers.
/// </summary>
internal static class GuardSyntax
{
    /// <summary>The run's guard as the rewritten script names it.</summary>
    public const string Guard = GuardRewriter.HolderClass + "." + GuardRewriter.HolderField;

    /// <summary>The guard's pre-check of an allocation of <paramref name="size"/> items of <paramref name="bytes"/> bytes each.</summary>
    public static ExpressionSyntax ItemsCheck(ExpressionSyntax size, int bytes) => GuardCall("Items", size, bytes);

    /// <summary><c>__CocRun.G.Method(value[, extra])</c> with the value's trivia outside the call.</summary>
    public static ExpressionSyntax GuardCall(string method, ExpressionSyntax value, int? extra)
    {
        var arguments = new List<ArgumentSyntax> { Argument(value.WithoutTrivia()) };
        if (extra is { } number)
        {
            arguments.Add(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(number))));
        }

        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.{method}()");
        return call.WithArgumentList(ArgumentList(SeparatedList(arguments))).WithTriviaFrom(value);
    }

    /// <summary><c>__CocRun.G.Step(expression)</c>: a checkpoint each time the expression is evaluated (query clauses).</summary>
    public static ExpressionSyntax Stepped(ExpressionSyntax expression) => GuardCall("Step", expression, null);

    /// <summary><c>__CocRun.G.Check(value, "member", "order")</c>: the last input of a call whose result grows with several.</summary>
    public static ExpressionSyntax CheckCall(ExpressionSyntax value, string member, string order)
    {
        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.Check()");
        return call.WithArgumentList(ArgumentList(SeparatedList(new[]
        {
            Argument(value.WithoutTrivia()),
            Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(member))),
            Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(order))),
        }))).WithTriviaFrom(value);
    }

    public static StatementSyntax CheckpointStatement() => ParseStatement($"{Guard}.Checkpoint(); ");

    public static BlockSyntax WithCheckpoint(StatementSyntax body) => body is BlockSyntax block
        ? block.WithStatements(block.Statements.Insert(0, CheckpointStatement()))
        : Block(CheckpointStatement(), body);

    /// <summary>A method, constructor or operator: a guarded block body, whether it had a block or an expression.</summary>
    public static BaseMethodDeclarationSyntax GuardMember(BaseMethodDeclarationSyntax original, BaseMethodDeclarationSyntax visited, bool returnsValue)
    {
        if (visited.Body is not null)
        {
            return visited.WithBody(GuardBody(visited.Body, original.Body!));
        }

        if (visited.ExpressionBody is not null)
        {
            BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue, visited.SemicolonToken);
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body);
        }

        return visited;
    }

    public static bool ReturnsValue(IMethodSymbol? method)
    {
        if (method is null || method.ReturnsVoid)
        {
            return false;
        }

        if (method.IsAsync && method.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" })
        {
            return false;
        }

        return true;
    }

    public static bool IsIterator(BlockSyntax body) =>
        body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().Any();

    /// <summary><c>{ Enter(); try { body } finally { Exit(); } }</c>, keeping the body's braces and trivia.
    /// Iterators get a checkpoint only: their frames outlive calls, so they would skew the depth.</summary>
    public static BlockSyntax GuardBody(BlockSyntax visited, BlockSyntax original)
    {
        if (IsIterator(original))
        {
            return visited.WithStatements(visited.Statements.Insert(0, CheckpointStatement()));
        }

        TryStatementSyntax guarded = TryStatement(
            Block(visited.Statements),
            default,
            FinallyClause(Block(ParseStatement($"{Guard}.Exit(); "))));
        return visited.WithStatements(List(new StatementSyntax[] { ParseStatement($"{Guard}.Enter(); "), guarded }));
    }

    /// <summary>An expression body as a guarded block; the semicolon's trivia (the line break) moves to the closing brace.</summary>
    public static BlockSyntax BodyFromExpression(ExpressionSyntax expression, bool returnsValue, SyntaxToken semicolon)
    {
        StatementSyntax statement = expression is ThrowExpressionSyntax thrown
            ? ThrowStatement(thrown.Expression).WithThrowKeyword(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space))
            : returnsValue
                ? ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken))
                : ExpressionStatement(expression);
        BlockSyntax inner = Block(statement);
        BlockSyntax guarded = GuardBody(inner, inner);
        return guarded.WithCloseBraceToken(guarded.CloseBraceToken.WithTrailingTrivia(semicolon.TrailingTrivia));
    }
}
