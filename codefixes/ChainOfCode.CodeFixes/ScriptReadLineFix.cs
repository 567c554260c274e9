using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0008, scripts only: <c>Console.ReadLine()</c> becomes <c>ReadLine()</c>, the script globals'
/// member that reads the next line of the run's input. Regular files have no such globals, so the
/// fix is not offered there, nor where <c>ReadLine</c> already means something else in the script.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ScriptReadLineFix)), Shared]
public sealed class ScriptReadLineFix : SafeCodeFixProvider
{
    internal const string Key = "COC0008.ScriptReadLine";

    /// <summary>The script globals' member (runtime's globals class: <c>string? ReadLine()</c>).</summary>
    internal const string GlobalsReadLine = "ReadLine";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ConsoleInput);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (!context.IsScript
            || context.DiagnosticNode is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax } invocation
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: "ReadLine", ContainingType: { Name: "Console", ContainingNamespace.Name: "System" } }
            || !BindsToGlobalsOrNothing(context, invocation))
        {
            yield break;
        }

        yield return new FixPlan("Read the line from the script's input (ReadLine())", Key, invocation, (root, current) =>
        {
            var old = (InvocationExpressionSyntax)current;
            InvocationExpressionSyntax replacement = old.WithExpression(
                SyntaxFactory.IdentifierName(GlobalsReadLine).WithTriviaFrom(old.Expression));
            return root.ReplaceNode(old, replacement);
        })
        { HostSuppliesNames = true };
    }

    /// <summary>
    /// In the editor a script usually has no globals type, so ReadLine() may not bind at all (the
    /// runtime supplies it); but if it binds, it must be a parameterless method returning string.
    /// </summary>
    private static bool BindsToGlobalsOrNothing(FixContext context, InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax probe = SyntaxFactory.InvocationExpression(SyntaxFactory.IdentifierName(GlobalsReadLine));
        SymbolInfo info = context.Model.GetSpeculativeSymbolInfo(invocation.SpanStart, probe, SpeculativeBindingOption.BindAsExpression);
        if (info.Symbol is IMethodSymbol { Parameters.Length: 0, ReturnType.SpecialType: SpecialType.System_String })
        {
            return true;
        }

        return info.Symbol is null && info.CandidateSymbols.IsEmpty;
    }
}
