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
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0004: a <c>dynamic</c> local becomes <c>var</c> when its initializer has a static type, otherwise
/// <c>object</c>. Binding must not change: <c>var</c> is offered when the initializer's run-time type
/// is its static type (a literal, a <c>new</c>, a sealed or value type) or the local is never used
/// dynamically; <c>object</c> only when the local is never used dynamically. The speculative
/// compilation rejects the rest (a later assignment of another type, a member only dynamic finds).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaticTypeInsteadOfDynamicFix)), Shared]
public sealed class StaticTypeInsteadOfDynamicFix : SafeCodeFixProvider
{
    internal const string Key = "COC0004.StaticType";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Reflection);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not IdentifierNameSyntax { Identifier.ValueText: "dynamic" } typeSyntax
            || typeSyntax.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { IsConst: false, UsingKeyword.RawKind: 0 } statement } declaration
            || declaration.Type != typeSyntax
            || context.Model.GetTypeInfo(typeSyntax, context.CancellationToken).Type is not IDynamicTypeSymbol
            || context.Model.GetDeclaredSymbol(declaration.Variables[0], context.CancellationToken) is not ILocalSymbol local)
        {
            yield break;
        }

        ExpressionSyntax? initializer = declaration.Variables[0].Initializer?.Value;
        ITypeSymbol? initializerType = initializer is null ? null : context.Model.GetTypeInfo(initializer, context.CancellationToken).Type;
        bool usedDynamically = IsUsedDynamically(context, local, statement.Parent!);

        bool useVar = initializerType is not null and not IDynamicTypeSymbol and not { TypeKind: TypeKind.Error }
            && (!usedDynamically || IsExact(initializer!, initializerType));
        if (useVar)
        {
            yield return FixPlan.Replace("Use 'var' instead of 'dynamic'", Key, typeSyntax, current =>
                SyntaxFactory.IdentifierName("var").WithTriviaFrom(current));
        }
        else if (!usedDynamically && (initializerType is null or IDynamicTypeSymbol))
        {
            yield return FixPlan.Replace("Use 'object' instead of 'dynamic'", Key, typeSyntax, current =>
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.ObjectKeyword)).WithTriviaFrom(current));
        }
    }

    /// <summary>The value's run-time type is its static type, so dynamic binding and static binding agree.</summary>
    private static bool IsExact(ExpressionSyntax initializer, ITypeSymbol type)
    {
        if (type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
        {
            return true;
        }

        return type.IsSealed
            || initializer is ObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax or LiteralExpressionSyntax or InterpolatedStringExpressionSyntax;
    }

    /// <summary>
    /// Any use of the local other than the few whose binding cannot depend on its type: being
    /// assigned, passed on as object (an argument, a return value, an interpolation hole).
    /// </summary>
    private static bool IsUsedDynamically(FixContext context, ILocalSymbol local, SyntaxNode scope)
    {
        foreach (IdentifierNameSyntax name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != local.Name
                || !SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(name, context.CancellationToken).Symbol, local))
            {
                continue;
            }

            IOperation? reference = context.Model.GetOperation(name, context.CancellationToken);
            bool staticUse = reference?.Parent switch
            {
                ISimpleAssignmentOperation assignment => assignment.Target == reference,
                IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } => true,
                IInterpolationOperation => true,
                _ => false,
            };

            if (!staticUse)
            {
                return true;
            }
        }

        return false;
    }
}
