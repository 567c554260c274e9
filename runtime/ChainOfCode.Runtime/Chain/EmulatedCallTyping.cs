using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The type of a call to an undefined function, inferred from its use: the type the compiler converts it
/// to (a typed declaration, a return, the one parameter it is passed to), <c>bool</c> as a condition or an
/// operand of <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>string</c> in an interpolation or next to a string in <c>+</c>,
/// the assigned variable's type in <c>x = F()</c> and <c>count += F()</c>, the other operand's type in a
/// comparison, the other branch's type in <c>c ? x : F()</c>, the left side's in <c>x ?? F()</c>, and
/// <c>List&lt;T&gt;</c> in <c>foreach (T x in F())</c>. The call that initializes a <c>var</c> variable
/// (<c>var x = F(a); if (x) ...</c>) has the type the first of the variable's uses gives by these same rules. Also: an
/// operand of arithmetic has the number the whole is used as or the other operand's, a switch's value its constant labels'
/// type, the object of a member only one emulatable value type has that type (<c>d.AddDays(1)</c>: DateTime). Only when
/// no use gives a type, a value that is only shown (a top-level return, Console.WriteLine, an argument of another emulated
/// call, a lambda's result, <c>F(a) == G(b)</c>) is a string. Everything else has no type.
/// </summary>
internal static class EmulatedCallTyping
{
    /// <summary>The inferred type, or null; <paramref name="found"/> is the type the use gives when an emulator cannot produce it.</summary>
    public static LiteralType? Infer(InvocationExpressionSyntax call, SemanticModel model, out ITypeSymbol? found, CancellationToken cancellationToken)
    {
        found = Target(call, model, MaxVariableHops, loose: false, cancellationToken)
            ?? Target(call, model, MaxVariableHops, loose: true, cancellationToken);
        return LiteralTypeSymbols.From(found);
    }

    // "var a = F(); var b = a; if (b) ...": how many var variables a call's type may be followed through.
    private const int MaxVariableHops = 4;

    // loose: a use that only shows the value (the program's top-level return, Console.Write/WriteLine, an argument of another
    // emulated call) gives string; asked only when no use gives a type by the other rules.
    private static ITypeSymbol? Target(ExpressionSyntax call, SemanticModel model, int hops, bool loose, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        ITypeSymbol Bool() => compilation.GetSpecialType(SpecialType.System_Boolean);
        ITypeSymbol String() => compilation.GetSpecialType(SpecialType.System_String);
        ITypeSymbol? Known(ExpressionSyntax other) =>
            model.GetTypeInfo(other, cancellationToken).Type is { TypeKind: not TypeKind.Error, SpecialType: not SpecialType.System_Object } type ? type : null;

        TypeInfo info = model.GetTypeInfo(call, cancellationToken);
        if (info.ConvertedType is { TypeKind: not TypeKind.Error and not TypeKind.Dynamic, SpecialType: not SpecialType.System_Object } converted)
        {
            return converted;
        }

        ExpressionSyntax node = call;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        switch (node.Parent)
        {
            case IfStatementSyntax s when s.Condition == node:
            case WhileStatementSyntax w when w.Condition == node:
            case DoStatementSyntax d when d.Condition == node:
            case ForStatementSyntax f when f.Condition == node:
            case ConditionalExpressionSyntax c when c.Condition == node:
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression):
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression) || b.IsKind(SyntaxKind.LogicalOrExpression):
                return Bool();
            case InterpolationSyntax:
                return String();
            case ConditionalExpressionSyntax branch when branch.WhenTrue == node || branch.WhenFalse == node:
                // "c ? x : F()": the other branch's type, or what the whole conditional is converted to.
                return Known(branch.WhenTrue == node ? branch.WhenFalse : branch.WhenTrue)
                    ?? (model.GetTypeInfo(branch, cancellationToken).ConvertedType is { TypeKind: not TypeKind.Error, SpecialType: not SpecialType.System_Object } whole ? whole : null);
            case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == node:
                return Known(coalesce.Left) is { } left && left.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    ? ((INamedTypeSymbol)left).TypeArguments[0]
                    : Known(coalesce.Left);
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return Known(assignment.Left);
            case BinaryExpressionSyntax comparison when IsComparison(comparison.Kind()):
                // "F(a) == G(b)", neither typed: strings.
                return Known(comparison.Left == node ? comparison.Right : comparison.Left)
                    ?? (loose && comparison.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression ? String() : null);
            case BinaryExpressionSyntax arithmetic when IsArithmetic(arithmetic.Kind()):
            {
                // "x + F()" next to a string: string; "total += count * F(a)", "double t = F(a) * n": the number the
                // whole expression is used as, else the other operand's number.
                ITypeSymbol? other = Known(arithmetic.Left == node ? arithmetic.Right : arithmetic.Left);
                if (arithmetic.IsKind(SyntaxKind.AddExpression) && other is { SpecialType: SpecialType.System_String })
                {
                    return other;
                }

                ITypeSymbol? used = Target(arithmetic, model, hops, loose, cancellationToken);
                return IsNumber(used) ? used : IsNumber(other) ? other : null;
            }

            case SwitchStatementSyntax switchStatement when switchStatement.Expression == node:
                return switchStatement.Sections.SelectMany(section => section.Labels)
                    .Select(label => label switch
                    {
                        CaseSwitchLabelSyntax constant => Known(constant.Value),
                        CasePatternSwitchLabelSyntax { Pattern: ConstantPatternSyntax pattern } => Known(pattern.Expression),
                        _ => null,
                    })
                    .FirstOrDefault(type => type is not null);
            case SwitchExpressionSyntax switchExpression when switchExpression.GoverningExpression == node:
                return switchExpression.Arms.Select(arm => arm.Pattern is ConstantPatternSyntax pattern ? Known(pattern.Expression) : null)
                    .FirstOrDefault(type => type is not null);
            case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax pattern } isPattern when isPattern.Expression == node:
                return Known(pattern.Expression);
            case MemberAccessExpressionSyntax access when access.Expression == node:
                return OnlyTypeWithMember(compilation, access.Name.Identifier.ValueText);
            case LambdaExpressionSyntax lambda when loose && lambda.ExpressionBody == node:
                // "xs.Select(x => F(x))": the lambda's result type is inferred from the call's, so nothing gives it.
                return String();
            case ForEachStatementSyntax loop when loop.Expression == node && !loop.Type.IsVar:
                return model.GetTypeInfo(loop.Type, cancellationToken).Type is { TypeKind: not TypeKind.Error } item
                    ? compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(item)
                    : null;
            case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax outer:
                return OnlyParameterType(outer, argument, model, cancellationToken)
                    ?? (loose && ShowsItsArguments(outer, model, cancellationToken) ? String() : null);
            case ReturnStatementSyntax when loose && !node.Ancestors().Any(a => a is MemberDeclarationSyntax and not GlobalStatementSyntax
                    or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax):
                return String();
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } declarator } when hops > 0:
                return FromUses(declarator, model, hops - 1, loose, cancellationToken);
            default:
                return null;
        }
    }

    // "var x = F(a);": the variable's type is the call's; the first use of x (in the program's order) that gives a type
    // by the rules above gives it.
    private static ITypeSymbol? FromUses(VariableDeclaratorSyntax declarator, SemanticModel model, int hops, bool loose, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declarator, cancellationToken) is not { } variable)
        {
            return null;
        }

        string name = declarator.Identifier.ValueText;
        foreach (IdentifierNameSyntax use in declarator.SyntaxTree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (use.SpanStart > declarator.Span.End && use.Identifier.ValueText == name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use, cancellationToken).Symbol, variable)
                && Target(use, model, hops, loose, cancellationToken) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private static bool IsArithmetic(SyntaxKind kind) => kind is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
        or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression;

    private static bool IsNumber(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_Double or SpecialType.System_Decimal;

    private static readonly SpecialType[] Scalars =
    [
        SpecialType.System_Boolean, SpecialType.System_Int32, SpecialType.System_Int64, SpecialType.System_Double,
        SpecialType.System_Decimal, SpecialType.System_String, SpecialType.System_Char, SpecialType.System_DateTime,
    ];

    // "var d = ParseDate(s); d.AddDays(1)": the one value type an emulator returns that has the member (AddDays: DateTime,
    // Length: string, ToUpper: string); none when several have it (ToString, CompareTo) or none does.
    private static ITypeSymbol? OnlyTypeWithMember(Compilation compilation, string name)
    {
        ITypeSymbol? only = null;
        foreach (SpecialType scalar in Scalars)
        {
            INamedTypeSymbol type = compilation.GetSpecialType(scalar);
            if (!type.GetMembers(name).IsEmpty)
            {
                if (only is not null)
                {
                    return null;
                }

                only = type;
            }
        }

        return only;
    }

    private static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression
        or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression;

    // Console.WriteLine(F(x)), G(F(x)) with G emulated too: calls that take any value and only show it.
    private static bool ShowsItsArguments(InvocationExpressionSyntax outer, SemanticModel model, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(outer, cancellationToken);
        if (outer.Expression is IdentifierNameSyntax && info.Symbol is null && info.CandidateSymbols.IsEmpty)
        {
            return true;
        }

        return (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>().Any()
            && (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>().All(m =>
                m.Name is "Write" or "WriteLine" && m.ContainingType is { Name: "Console", ContainingNamespace.Name: "System" });
    }

    // "list.Add(F(x))": the parameter's type when every candidate of the outer call agrees on it.
    private static ITypeSymbol? OnlyParameterType(InvocationExpressionSyntax outer, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.NameColon is not null || argument.Parent is not ArgumentListSyntax list)
        {
            return null;
        }

        int index = list.Arguments.IndexOf(argument);
        SymbolInfo info = model.GetSymbolInfo(outer, cancellationToken);
        var candidates = (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>()
            .Where(m => m.Parameters.Length == list.Arguments.Count && !m.Parameters.Any(p => p.IsParams))
            .Select(m => m.Parameters[index].Type)
            .Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();
        return candidates.Count == 1 && candidates[0] is { TypeKind: not TypeKind.Error and not TypeKind.TypeParameter, SpecialType: not SpecialType.System_Object } type ? type : null;
    }
}
