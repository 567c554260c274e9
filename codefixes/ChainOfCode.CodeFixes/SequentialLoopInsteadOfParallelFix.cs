using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0007: <c>Parallel.For(from, to, i =&gt; body);</c> becomes <c>for (int i = from; i &lt; to; i++) body</c>
/// and <c>Parallel.ForEach(source, x =&gt; body);</c> becomes <c>foreach (var x in source) body</c>.
/// "Simple body" means: a statement of its own, the overload without options or loop state, a body
/// with no <c>return</c> (it would leave the method, not the iteration), that neither assigns nor
/// captures the loop variable, and (For) an upper bound the loop cannot change: a constant, a local or
/// parameter the body does not assign, or the Length of such an array.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SequentialLoopInsteadOfParallelFix)), Shared]
public sealed class SequentialLoopInsteadOfParallelFix : SafeCodeFixProvider
{
    internal const string Key = "COC0007.Sequential";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Threading);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } invocation
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType.Name: "Parallel" } method
            || method.ContainingNamespace is not { Name: "Tasks", ContainingNamespace.Name: "Threading" }
            || invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null)
            || invocation.ArgumentList.Arguments.Last().Expression is not LambdaExpressionSyntax lambda
            || lambda.AsyncKeyword.RawKind != 0
            || Parameter(lambda) is not { } parameter
            || context.Model.GetDeclaredSymbol(parameter, context.CancellationToken) is not IParameterSymbol loopVariable
            || !IsSimpleBody(context, lambda, loopVariable))
        {
            yield break;
        }

        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        if (method.Name == "For" && arguments.Count == 3
            && loopVariable.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
            && IsStableBound(context, arguments[1].Expression, lambda))
        {
            yield return FixPlan.Replace("Use a sequential for loop", Key, statement, current => ToFor((ExpressionStatementSyntax)current, loopVariable.Type.SpecialType));
        }
        else if (method.Name == "ForEach" && arguments.Count == 2 && method.Parameters[1].Type is INamedTypeSymbol { Name: "Action", TypeArguments.Length: 1 })
        {
            yield return FixPlan.Replace("Use a sequential foreach loop", Key, statement, current => ToForEach((ExpressionStatementSyntax)current));
        }
    }

    private static ParameterSyntax? Parameter(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0],
        _ => null,
    };

    private static bool IsSimpleBody(FixContext context, LambdaExpressionSyntax lambda, IParameterSymbol loopVariable)
    {
        SyntaxNode body = lambda.Body;
        bool hasReturn = body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(n => n is ReturnStatementSyntax);
        if (hasReturn)
        {
            return false;
        }

        DataFlowAnalysis? flow = body is BlockSyntax block
            ? context.Model.AnalyzeDataFlow(block)
            : context.Model.AnalyzeDataFlow((ExpressionSyntax)body);
        return flow is { Succeeded: true }
            && !flow.WrittenInside.Contains(loopVariable, SymbolEqualityComparer.Default)
            && !flow.CapturedInside.Contains(loopVariable, SymbolEqualityComparer.Default);
    }

    /// <summary>A for loop evaluates its bound every iteration, Parallel.For once: the bound must not change.</summary>
    private static bool IsStableBound(FixContext context, ExpressionSyntax bound, LambdaExpressionSyntax lambda)
    {
        if (context.Model.GetConstantValue(bound, context.CancellationToken).HasValue)
        {
            return true;
        }

        ExpressionSyntax variable = bound;
        if (bound is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length
            && context.Model.GetTypeInfo(length.Expression, context.CancellationToken).Type is IArrayTypeSymbol)
        {
            variable = length.Expression;
        }

        ISymbol? symbol = context.Model.GetSymbolInfo(variable, context.CancellationToken).Symbol;
        if (variable is not IdentifierNameSyntax || symbol is not (ILocalSymbol or IParameterSymbol))
        {
            return false;
        }

        DataFlowAnalysis? flow = lambda.Body is BlockSyntax block
            ? context.Model.AnalyzeDataFlow(block)
            : context.Model.AnalyzeDataFlow((ExpressionSyntax)lambda.Body);
        return flow is { Succeeded: true } && !flow.WrittenInside.Contains(symbol, SymbolEqualityComparer.Default);
    }

    private static SyntaxNode ToFor(ExpressionStatementSyntax statement, SpecialType type)
    {
        var invocation = (InvocationExpressionSyntax)statement.Expression;
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        var lambda = (LambdaExpressionSyntax)arguments[2].Expression;
        SyntaxToken name = Parameter(lambda)!.Identifier.WithoutTrivia();
        TypeSyntax loopType = SyntaxFactory.PredefinedType(SyntaxFactory.Token(type == SpecialType.System_Int64 ? SyntaxKind.LongKeyword : SyntaxKind.IntKeyword));

        VariableDeclarationSyntax declaration = SyntaxFactory.VariableDeclaration(
            loopType.WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(name.WithTrailingTrivia(SyntaxFactory.Space))
                .WithInitializer(SyntaxFactory.EqualsValueClause(
                    SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                    arguments[0].Expression.WithoutTrivia()))));
        ExpressionSyntax condition = SyntaxFactory.BinaryExpression(
            SyntaxKind.LessThanExpression,
            SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.LessThanToken).WithTrailingTrivia(SyntaxFactory.Space),
            arguments[1].Expression.WithoutTrivia());
        ExpressionSyntax increment = SyntaxFactory.PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, SyntaxFactory.IdentifierName(name));

        (StatementSyntax body, SyntaxTriviaList afterHeader, bool format) = Body(lambda);
        ForStatementSyntax loop = SyntaxFactory.ForStatement(
            SyntaxFactory.Token(SyntaxKind.ForKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.OpenParenToken),
            declaration,
            default,
            SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(SyntaxFactory.Space),
            condition,
            SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(increment),
            SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(afterHeader),
            body);
        return Finish(loop, statement, format);
    }

    private static SyntaxNode ToForEach(ExpressionStatementSyntax statement)
    {
        var invocation = (InvocationExpressionSyntax)statement.Expression;
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        var lambda = (LambdaExpressionSyntax)arguments[1].Expression;
        ParameterSyntax parameter = Parameter(lambda)!;
        TypeSyntax type = parameter.Type?.WithoutTrivia() ?? SyntaxFactory.IdentifierName("var");

        (StatementSyntax body, SyntaxTriviaList afterHeader, bool format) = Body(lambda);
        ForEachStatementSyntax loop = SyntaxFactory.ForEachStatement(
            default,
            default,
            SyntaxFactory.Token(SyntaxKind.ForEachKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.OpenParenToken),
            type.WithTrailingTrivia(SyntaxFactory.Space),
            parameter.Identifier.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.InKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            arguments[0].Expression.WithoutTrivia(),
            SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(afterHeader),
            body);
        return Finish(loop, statement, format);
    }

    /// <summary>A block body is kept as written; an expression body becomes a new, formatted block.</summary>
    private static (StatementSyntax Body, SyntaxTriviaList AfterHeader, bool Format) Body(LambdaExpressionSyntax lambda)
    {
        if (lambda.Body is BlockSyntax block)
        {
            // `i =>` at the end of a line keeps its line break; `i => {` stays on one line.
            return (block.WithoutTrailingTrivia(), lambda.ArrowToken.TrailingTrivia, false);
        }

        var expression = (ExpressionSyntax)lambda.Body;
        BlockSyntax created = SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(expression.WithoutTrivia()))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return (created, SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed), true);
    }

    private static SyntaxNode Finish(StatementSyntax loop, ExpressionStatementSyntax statement, bool format)
    {
        loop = loop.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia());
        return format ? loop.WithAdditionalAnnotations(Formatter.Annotation) : loop;
    }
}
