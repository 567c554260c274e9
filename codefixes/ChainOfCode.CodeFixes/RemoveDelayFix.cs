using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0007: removes a <c>Thread.Sleep(...);</c> or <c>await Task.Delay(...);</c> statement (also with
/// <c>.ConfigureAwait(...)</c>). A
/// sandboxed script gains nothing by waiting, and the host owns time. Offered only when the
/// statement stands alone in a block, the delay takes no cancellation token (cancellation would
/// throw), its argument has no side effects and is not a negative constant (infinite or invalid).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDelayFix)), Shared]
public sealed class RemoveDelayFix : SafeCodeFixProvider
{
    internal const string Key = "COC0007.RemoveDelay";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Threading);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not InvocationExpressionSyntax invocation
            || Statement(invocation) is not { } statement
            || !SyntaxHelpers.IsRemovableStatement(statement)
            || context.Model.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation)
        {
            yield break;
        }

        IMethodSymbol method = operation.TargetMethod;
        bool sleep = method is { Name: "Sleep", ContainingType: { Name: "Thread", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } } };
        bool delay = method is { Name: "Delay", ContainingType: { Name: "Task", ContainingNamespace: { Name: "Tasks", ContainingNamespace.Name: "Threading" } } }
            && statement is ExpressionStatementSyntax { Expression: AwaitExpressionSyntax };
        if (!(sleep || delay)
            || method.Parameters.Length != 1
            || !operation.Arguments.All(a => IsWithoutSideEffects(a.Value))
            || operation.Arguments.Any(a => a.Value.ConstantValue is { HasValue: true, Value: int and < 0 }))
        {
            yield break;
        }

        SyntaxNode target = SyntaxHelpers.RemovalTarget(statement);
        yield return new FixPlan(sleep ? "Remove Thread.Sleep" : "Remove Task.Delay", Key, target, SyntaxHelpers.RemoveStatement);
    }

    private static StatementSyntax? Statement(InvocationExpressionSyntax invocation)
    {
        SyntaxNode? parent = invocation.Parent;
        if (parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } configured } access
            && access.Expression == invocation)
        {
            parent = configured.Parent;
        }

        if (parent is AwaitExpressionSyntax await)
        {
            parent = await.Parent;
        }

        return parent as ExpressionStatementSyntax;
    }

    private static bool IsWithoutSideEffects(IOperation value)
    {
        switch (value)
        {
            case { ConstantValue.HasValue: true }:
            case ILocalReferenceOperation or IParameterReferenceOperation:
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation }:
                return true;
            case IConversionOperation conversion:
                return IsWithoutSideEffects(conversion.Operand);
            case IInvocationOperation { Instance: null, TargetMethod: { Name: var name, ContainingType.Name: "TimeSpan" } } call when name.StartsWith("From", System.StringComparison.Ordinal):
                return call.Arguments.All(a => IsWithoutSideEffects(a.Value));
            case IBinaryOperation { OperatorMethod: null } binary:
                return IsWithoutSideEffects(binary.LeftOperand) && IsWithoutSideEffects(binary.RightOperand);
            default:
                return false;
        }
    }
}
