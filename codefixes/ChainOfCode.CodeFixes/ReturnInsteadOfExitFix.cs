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
/// COC0002: <c>Environment.Exit(code);</c> at a script's top level or in <c>Main</c> becomes
/// <c>return code;</c> (or <c>return;</c> when Main returns nothing and the code is 0). Not offered
/// inside try, using or lock (a return runs finally blocks and disposals, Exit does not), inside
/// lambdas or local functions, or where a void Main would lose a non-zero exit code.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnInsteadOfExitFix)), Shared]
public sealed class ReturnInsteadOfExitFix : SafeCodeFixProvider
{
    internal const string Key = "COC0002.Return";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ProcessControl);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } invocation
            || invocation.ArgumentList.Arguments.Count != 1
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: "Exit", ContainingType: { Name: "Environment", ContainingNamespace.Name: "System" } }
            || SyntaxHelpers.IsGuarded(statement, includeUsing: true)
            || InsideDisposingForEach(context, statement))
        {
            yield break;
        }

        ExpressionSyntax code = invocation.ArgumentList.Arguments[0].Expression;
        bool? returnsValue = ReturnsValue(context, statement, code);
        if (returnsValue is null)
        {
            yield break;
        }

        string title = returnsValue.Value ? "Return the exit code instead of exiting" : "Return instead of exiting";
        yield return FixPlan.Replace(title, Key, statement, current =>
        {
            var old = (ExpressionStatementSyntax)current;
            ExpressionSyntax value = ((InvocationExpressionSyntax)old.Expression).ArgumentList.Arguments[0].Expression;
            ReturnStatementSyntax replacement = returnsValue.Value
                ? SyntaxFactory.ReturnStatement(
                    SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    value.WithoutTrivia(),
                    old.SemicolonToken)
                : SyntaxFactory.ReturnStatement(SyntaxFactory.Token(SyntaxKind.ReturnKeyword), null, old.SemicolonToken);
            return replacement.WithLeadingTrivia(old.GetLeadingTrivia()).WithTrailingTrivia(old.GetTrailingTrivia());
        });
    }

    /// <summary>
    /// A return from inside foreach disposes the enumerator (an iterator's finally blocks run), Exit
    /// does not. Arrays, strings and System.Collections.Generic collections have nothing to run.
    /// </summary>
    private static bool InsideDisposingForEach(FixContext context, StatementSyntax statement)
    {
        for (SyntaxNode? current = statement.Parent; current is not null and not (MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax); current = current.Parent)
        {
            if (current is CommonForEachStatementSyntax forEach)
            {
                ITypeSymbol? type = context.Model.GetTypeInfo(forEach.Expression, context.CancellationToken).Type;
                bool harmless = type is IArrayTypeSymbol
                    || type?.SpecialType == SpecialType.System_String
                    || type?.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";
                if (!harmless)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>true: return the code; false: plain return; null: no fix here.</summary>
    private static bool? ReturnsValue(FixContext context, StatementSyntax statement, ExpressionSyntax code)
    {
        for (SyntaxNode? current = statement.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                    return null;
                case GlobalStatementSyntax:
                    // Script: the value becomes the script's result. Top-level program: the exit code.
                    return true;
                case MethodDeclarationSyntax method:
                    if (method.Identifier.ValueText != "Main"
                        || context.Model.GetDeclaredSymbol(method, context.CancellationToken) is not { IsStatic: true } main)
                    {
                        return null;
                    }

                    if (main.ReturnsVoid || main.ReturnType is INamedTypeSymbol { Name: "Task", IsGenericType: false })
                    {
                        // Returning from a void Main exits with 0: only right when the code was 0.
                        Optional<object?> constant = context.Model.GetConstantValue(code, context.CancellationToken);
                        return constant.HasValue && constant.Value is 0 ? false : null;
                    }

                    return true;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }
}
