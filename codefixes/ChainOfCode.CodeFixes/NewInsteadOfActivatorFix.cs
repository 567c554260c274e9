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
/// COC0004: <c>Activator.CreateInstance&lt;T&gt;()</c> and <c>Activator.CreateInstance(typeof(T))</c>
/// become <c>new T()</c> when T has a public parameterless constructor (or is a struct, or a type
/// parameter constrained to <c>new()</c>), so construction succeeds in exactly the same cases. A cast
/// or <c>as</c> to T around the call goes with it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NewInsteadOfActivatorFix)), Shared]
public sealed class NewInsteadOfActivatorFix : SafeCodeFixProvider
{
    internal const string Key = "COC0004.New";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Reflection);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not InvocationExpressionSyntax invocation
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: "CreateInstance", IsStatic: true } method
            || !TypeNames.IsSystemType(method.ContainingType, "Activator"))
        {
            yield break;
        }

        ITypeSymbol? type = null;
        if (method.IsGenericMethod && method.Parameters.Length == 0)
        {
            type = method.TypeArguments[0];
        }
        else if (method.Parameters.Length == 1
            && invocation.ArgumentList.Arguments[0].Expression is TypeOfExpressionSyntax typeOf)
        {
            type = context.Model.GetTypeInfo(typeOf.Type, context.CancellationToken).Type;
        }

        if (type is null || !CanConstruct(context, type, invocation.SpanStart))
        {
            yield break;
        }

        // (T)Activator.CreateInstance(typeof(T)) and Activator.CreateInstance(typeof(T)) as T: the cast goes too.
        SyntaxNode target = invocation;
        SyntaxNode outer = invocation;
        while (outer.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            outer = parenthesized;
        }

        if (outer.Parent is CastExpressionSyntax cast && SymbolEqualityComparer.Default.Equals(context.Model.GetTypeInfo(cast.Type, context.CancellationToken).Type, type))
        {
            target = cast;
        }
        else if (outer.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression, Right: TypeSyntax asType } asExpression
            && SymbolEqualityComparer.Default.Equals(context.Model.GetTypeInfo(asType, context.CancellationToken).Type, type))
        {
            target = asExpression;
        }

        yield return FixPlan.Replace($"Use new {type.Name}()", Key, target, current =>
            SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    TypeNames.Syntax(context.Document, type),
                    SyntaxFactory.ArgumentList(),
                    null)
                .WithTriviaFrom(current));
    }

    private static bool CanConstruct(FixContext context, ITypeSymbol type, int position)
    {
        if (!context.Model.IsAccessible(position, type))
        {
            return false;
        }

        switch (type)
        {
            case ITypeParameterSymbol parameter:
                return parameter.HasConstructorConstraint || parameter.HasValueTypeConstraint;
            case INamedTypeSymbol { IsAbstract: false, IsStatic: false, IsUnboundGenericType: false, TypeKind: TypeKind.Struct or TypeKind.Class } named:
                return named.TypeKind == TypeKind.Struct
                    || named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);
            default:
                return false;
        }
    }
}
