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
/// COC0004: <c>typeof(X).GetMethod("Name").Invoke(target, new object[] { a, b })</c> becomes
/// <c>X.Name(a, b)</c> or <c>target.Name(a, b)</c> when <c>GetMethod("Name")</c> finds exactly one
/// public method (as reflection would: no AmbiguousMatchException), the method is not generic and has
/// no ref, out, params or optional parameters, every argument already has its parameter's type (the
/// reflection binder converts nothing else), an instance target has exactly type X, and a void
/// method's result is not used. A cast of the result to the return type goes with it. Not offered
/// inside a try: Invoke wraps exceptions in TargetInvocationException, a direct call does not.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DirectCallInsteadOfInvokeFix)), Shared]
public sealed class DirectCallInsteadOfInvokeFix : SafeCodeFixProvider
{
    internal const string Key = "COC0004.DirectCall";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Reflection);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        SemanticModel model = context.Model;
        if (context.DiagnosticNode is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 2 } invoke
            || invoke.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invokeAccess
            || StripBang(invokeAccess.Expression) is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } getMethod
            || getMethod.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetMethod", Expression: TypeOfExpressionSyntax typeOf }
            || model.GetSymbolInfo(getMethod, context.CancellationToken).Symbol is not IMethodSymbol { Parameters.Length: 1 } getMethodSymbol
            || getMethodSymbol.Parameters[0].Type.SpecialType != SpecialType.System_String
            || model.GetConstantValue(getMethod.ArgumentList.Arguments[0].Expression, context.CancellationToken) is not { HasValue: true, Value: string name }
            || model.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not INamedTypeSymbol type
            || FindSingle(type, name) is not { } method
            || !model.IsAccessible(invoke.SpanStart, method)
            || SyntaxHelpers.IsGuarded(invoke, includeUsing: false)
            || !HaveParameterTypes(context, invoke.ArgumentList.Arguments[1].Expression, method))
        {
            yield break;
        }

        ExpressionSyntax targetArgument = invoke.ArgumentList.Arguments[0].Expression;
        if (method.IsStatic ? !targetArgument.IsKind(SyntaxKind.NullLiteralExpression) : !IsExactly(context, targetArgument, type))
        {
            yield break;
        }

        SyntaxNode replaced = invoke;
        if (method.ReturnsVoid)
        {
            if (invoke.Parent is not ExpressionStatementSyntax)
            {
                yield break;
            }
        }
        else if (Unparenthesize(invoke).Parent is CastExpressionSyntax cast
            && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(cast.Type, context.CancellationToken).Type, method.ReturnType))
        {
            replaced = cast;
        }

        yield return FixPlan.Replace($"Call {type.Name}.{name} directly", Key, replaced, current =>
        {
            // Work on the current node: Fix All may already have rewritten an argument.
            ExpressionSyntax inner = current is CastExpressionSyntax currentCast ? currentCast.Expression : (ExpressionSyntax)current;
            while (inner is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax)
            {
                inner = inner is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)inner).Operand;
            }

            var currentInvoke = (InvocationExpressionSyntax)inner;
            IReadOnlyList<ExpressionSyntax> arguments = Elements(currentInvoke.ArgumentList.Arguments[1].Expression)!;
            ExpressionSyntax receiver = method.IsStatic
                ? TypeNames.Syntax(context.Document, type)
                : SyntaxHelpers.Parenthesize(currentInvoke.ArgumentList.Arguments[0].Expression.WithoutTrivia());
            InvocationExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(
                    arguments.Select(a => SyntaxFactory.Argument(a.WithoutTrivia())),
                    arguments.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)))));
            return call.WithTriviaFrom(current);
        });
    }

    private static ExpressionSyntax StripBang(ExpressionSyntax expression) =>
        expression is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang ? bang.Operand : expression;

    /// <summary>Up through parentheses and null-forgiving operators: <c>(int)m.Invoke(...)!</c>.</summary>
    private static SyntaxNode Unparenthesize(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = node.Parent;
        }

        return node;
    }

    /// <summary>What Type.GetMethod(name) returns: public methods, instance ones inherited too; more than one is ambiguous.</summary>
    private static IMethodSymbol? FindSingle(INamedTypeSymbol type, string name)
    {
        var found = new List<IMethodSymbol>();
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (IMethodSymbol candidate in current.GetMembers(name).OfType<IMethodSymbol>())
            {
                if (candidate.MethodKind != MethodKind.Ordinary
                    || candidate.DeclaredAccessibility != Accessibility.Public
                    || (candidate.IsStatic && !SymbolEqualityComparer.Default.Equals(current, type))
                    || overridden.Contains(candidate))
                {
                    continue;
                }

                found.Add(candidate);
                for (IMethodSymbol? baseMethod = candidate.OverriddenMethod; baseMethod is not null; baseMethod = baseMethod.OverriddenMethod)
                {
                    overridden.Add(baseMethod.OriginalDefinition);
                }
            }
        }

        return found.Count == 1 && found[0] is { IsGenericMethod: false } single
            && single.Parameters.All(p => p.RefKind == RefKind.None && !p.IsParams && !p.IsOptional)
                ? single
                : null;
    }

    /// <summary>The elements of the argument array: null, new object[] { ... } or new[] { ... }.</summary>
    private static IReadOnlyList<ExpressionSyntax>? Elements(ExpressionSyntax array) => array switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } => new ExpressionSyntax[0],
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        _ => null,
    };

    /// <summary>True when each argument already has its parameter's exact type (or converts by reference).</summary>
    private static bool HaveParameterTypes(FixContext context, ExpressionSyntax array, IMethodSymbol method)
    {
        IReadOnlyList<ExpressionSyntax>? elements = Elements(array);
        if (elements is null || elements.Count != method.Parameters.Length)
        {
            return false;
        }

        for (int i = 0; i < elements.Count; i++)
        {
            ITypeSymbol parameterType = method.Parameters[i].Type;
            ITypeSymbol? argumentType = context.Model.GetTypeInfo(elements[i], context.CancellationToken).Type;
            if (argumentType is null)
            {
                // A null literal: fine for a reference-type parameter.
                if (!elements[i].IsKind(SyntaxKind.NullLiteralExpression) || parameterType.IsValueType)
                {
                    return false;
                }

                continue;
            }

            Conversion conversion = context.Model.Compilation.ClassifyConversion(argumentType, parameterType);
            if (!(conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsExactly(FixContext context, ExpressionSyntax target, INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class
        && SymbolEqualityComparer.Default.Equals(context.Model.GetTypeInfo(target, context.CancellationToken).Type, type);
}
