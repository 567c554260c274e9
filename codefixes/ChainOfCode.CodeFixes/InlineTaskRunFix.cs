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

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0007: <c>await Task.Run(() =&gt; expr)</c>, <c>Task.Run(() =&gt; expr).Result</c> (and
/// <c>Task.Factory.StartNew</c>, <c>.ConfigureAwait(...)</c>, <c>.GetAwaiter().GetResult()</c>) become
/// <c>expr</c>, run inline; where the task itself is needed (a local's initializer, a returned task)
/// it becomes <c>Task.FromResult(expr)</c>. Not offered for async lambdas or lambdas returning a task
/// (the await would be lost), for lambdas with statements, for a task used any other way, for
/// <c>.Result</c> inside a try (it wraps exceptions in AggregateException, inline code does not), or
/// for Task.FromResult inside a try (the exception would surface earlier).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InlineTaskRunFix)), Shared]
public sealed class InlineTaskRunFix : SafeCodeFixProvider
{
    internal const string Key = "COC0007.Inline";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Threading);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        InvocationExpressionSyntax? invocation = context.DiagnosticNode switch
        {
            InvocationExpressionSyntax i => i,
            // Task.Factory is reported on its own; the fix is the same as for the StartNew call.
            MemberAccessExpressionSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax i } } => i,
            _ => null,
        };

        if (invocation is null
            || invocation.ArgumentList.Arguments.Count != 1
            || invocation.ArgumentList.Arguments[0].Expression is not ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 0, AsyncKeyword.RawKind: 0 } lambda
            || Body(lambda) is not { } body
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || !IsTaskRun(method))
        {
            yield break;
        }

        ITypeSymbol? bodyType = context.Model.GetTypeInfo(body, context.CancellationToken).Type;
        if (bodyType is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace.Name: "Tasks" })
        {
            yield break;
        }

        if (Consumer(invocation) is not { } consumer)
        {
            if (NeedsTask(invocation) && bodyType is { SpecialType: not SpecialType.System_Void } && !SyntaxHelpers.IsGuarded(invocation, includeUsing: false))
            {
                yield return FixPlan.Replace("Run the work inline (Task.FromResult)", Key, invocation, current =>
                    FromResult(current).WithTriviaFrom(current));
            }

            yield break;
        }

        if (consumer.WrapsExceptions && SyntaxHelpers.IsGuarded(consumer.Node, includeUsing: false))
        {
            yield break;
        }

        yield return FixPlan.Replace("Run the work inline", Key, consumer.Node, current =>
        {
            // The current consumer still contains the lambda: find it again rather than reuse the original.
            foreach (ParenthesizedLambdaExpressionSyntax currentLambda in current.DescendantNodesAndSelf().OfType<ParenthesizedLambdaExpressionSyntax>())
            {
                if (Body(currentLambda) is { } currentBody)
                {
                    return SyntaxHelpers.Parenthesize(currentBody.WithoutTrivia()).WithTriviaFrom(current);
                }
            }

            return current;
        });
    }

    /// <summary>
    /// The task itself is the value: a local's initializer or a returned value. Task.FromResult keeps
    /// the type; the work runs now, and an exception it throws surfaces here rather than at the await,
    /// which is why the fix is not offered inside a try.
    /// </summary>
    private static bool NeedsTask(InvocationExpressionSyntax invocation) =>
        invocation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } or ReturnStatementSyntax or ArrowExpressionClauseSyntax;

    private static ExpressionSyntax FromResult(SyntaxNode current)
    {
        var invocation = (InvocationExpressionSyntax)current;
        var lambda = (ParenthesizedLambdaExpressionSyntax)invocation.ArgumentList.Arguments[0].Expression;
        ExpressionSyntax task = SyntaxFactory.ParseExpression("global::System.Threading.Tasks.Task")
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, task, SyntaxFactory.IdentifierName("FromResult")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Body(lambda)!.WithoutTrivia()))));
    }

    private static ExpressionSyntax? Body(ParenthesizedLambdaExpressionSyntax lambda) => lambda switch
    {
        { ExpressionBody: { } expression } => expression,
        { Block.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
        _ => null,
    };

    private static bool IsTaskRun(IMethodSymbol method) =>
        method.ContainingNamespace is { Name: "Tasks", ContainingNamespace.Name: "Threading" }
        && ((method.Name == "Run" && method.ContainingType.Name == "Task")
            || (method.Name == "StartNew" && method.ContainingType.Name == "TaskFactory"))
        && method.Parameters.Length == 1;

    /// <summary>What waits for the task: the node the inline expression replaces.</summary>
    private static (SyntaxNode Node, bool WrapsExceptions)? Consumer(InvocationExpressionSyntax invocation)
    {
        SyntaxNode task = Unparenthesize(invocation);
        if (task.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure
            && configure.Parent is InvocationExpressionSyntax configured)
        {
            task = Unparenthesize(configured);
            return task.Parent is AwaitExpressionSyntax awaited ? (awaited, false) : null;
        }

        switch (task.Parent)
        {
            case AwaitExpressionSyntax awaited:
                return (awaited, false);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result when result.Expression == task:
                return (result, true);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter", Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } getAwaiter }
                when Unparenthesize(getAwaiter).Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetResult", Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } getResult }:
                return (getResult, false);
            default:
                return null;
        }
    }

    private static SyntaxNode Unparenthesize(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node;
    }
}
