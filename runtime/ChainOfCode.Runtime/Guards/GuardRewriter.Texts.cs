using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guard rewrite's text side: every place a value becomes text, when the value's type may hide a JSON node (whose
/// text is not bounded by the tree) or a big integer (whose text takes quadratic time): an object, an interface, a
/// type parameter, <c>ValueType</c>, a big integer, or a tuple, pair or anonymous type holding one of those. Such a value
/// goes through the run's guard (<see cref="ScriptGuard.Hole{T}"/>, <see cref="ScriptGuard.TextOf{T}"/>,
/// <see cref="ScriptGuard.ToText{T}"/>) in an interpolation hole, a concatenation, a <c>ToString()</c> call or method
/// group, and as an object argument, an object array or a sequence of the string-building calls (<c>string.Format</c>,
/// <c>Concat</c>, <c>Join</c>, <c>StringBuilder.Append</c>, <c>AppendFormat</c>, <c>AppendJoin</c>, <c>Insert</c>,
/// <c>TextWriter.Write</c>, <c>Console.Write</c>, <c>Convert.ToString</c>). Big integer arithmetic whose time grows
/// faster than its operands (<c>*</c>, <c>/</c>, <c>%</c>, <c>Multiply</c>, <c>Divide</c>, <c>Remainder</c>,
/// <c>ModPow</c>) goes through the guard's estimate first (<see cref="ScriptGuard.BigMultiply"/>).
/// </summary>
internal sealed partial class GuardRewriter
{
    private static readonly HashSet<string> TextBuilders =
    [
        "System.String.Format", "System.String.Concat", "System.String.Join",
        "System.Text.StringBuilder.Append", "System.Text.StringBuilder.AppendFormat", "System.Text.StringBuilder.AppendJoin", "System.Text.StringBuilder.Insert",
        "System.IO.TextWriter.Write", "System.IO.TextWriter.WriteLine", "System.Console.Write", "System.Console.WriteLine", "System.Convert.ToString",
    ];

    /// <summary>True when a value of this static type may be, or hold, a JSON node or a big integer that becomes text.</summary>
    private static bool MayHoldText(ITypeSymbol? type) => MayHoldText(type, 0);

    private static bool MayHoldText(ITypeSymbol? type, int depth)
    {
        if (type is null || type.IsRefLikeType || depth > 8)
        {
            return false;
        }

        if (type is ITypeParameterSymbol or IDynamicTypeSymbol || type.TypeKind == TypeKind.Interface
            || type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType
            || IsJsonNode(type) || IsBigInteger(type))
        {
            return true;
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (named.IsAnonymousType)
        {
            return named.GetMembers().OfType<IPropertySymbol>().Any(p => MayHoldText(p.Type, depth + 1));
        }

        bool composite = named.IsTupleType
            || named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            || (named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && named.Name is "Tuple" or "ValueTuple")
            || named.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.KeyValuePair<TKey, TValue>" or "System.Lazy<T>";
        return composite && named.TypeArguments.Any(t => MayHoldText(t, depth + 1));
    }

    private static bool IsBigInteger(ITypeSymbol? type) =>
        type is { Name: "BigInteger", ContainingNamespace: { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>
    /// <c>value.ToString()</c> on a value that may hide a node or a big integer: <c>__cocRun.ToText(value)</c>, in a
    /// <c>?.</c> chain <c>value?.__cocText(__cocRun)</c>; a big integer's other <c>ToString</c> and <c>TryFormat</c>
    /// overloads, also through a type parameter or an interface, get their receiver checked (<see cref="ScriptGuard.BigText"/>,
    /// <see cref="ScriptGuard.Formatted{T}"/>). Null when the call is none of these.
    /// </summary>
    private InvocationExpressionSyntax? TextCall(IInvocationOperation invocation, InvocationExpressionSyntax visited)
    {
        if (invocation.TargetMethod.IsStatic || invocation.Instance is null or IInstanceReferenceOperation || !MayHoldText(invocation.Instance.Type))
        {
            return null;
        }

        if (invocation.TargetMethod is { Name: "ToString", Parameters.Length: 0 })
        {
            switch (visited.Expression)
            {
                case MemberAccessExpressionSyntax access when !StartsWithBinding(access.Expression):
                    return ((InvocationExpressionSyntax)GuardCall("ToText", access.Expression, null)).WithTriviaFrom(visited);
                case MemberAccessExpressionSyntax access:
                    UsesScriptCalls = true;
                    return visited.WithExpression(access.WithName(IdentifierName(ScriptCalls.GuardedJsonCalls.TextName).WithTriviaFrom(access.Name)))
                        .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(IdentifierName(Guard)))));
                case MemberBindingExpressionSyntax binding:
                    UsesScriptCalls = true;
                    return visited.WithExpression(binding.WithName(IdentifierName(ScriptCalls.GuardedJsonCalls.TextName).WithTriviaFrom(binding.Name)))
                        .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(IdentifierName(Guard)))));
                default:
                    return null;
            }
        }

        // x.ToString(format), x.TryFormat(...) on a big integer, or on a type parameter or interface that may be one
        // (IFormattable, ISpanFormattable): the receiver checked first, its value unchanged.
        if (invocation.TargetMethod.Name is "ToString" or "TryFormat"
            && (IsBigInteger(invocation.Instance.Type) || invocation.Instance.Type is ITypeParameterSymbol || invocation.Instance.Type?.TypeKind == TypeKind.Interface)
            && visited.Expression is MemberAccessExpressionSyntax bigAccess && !StartsWithBinding(bigAccess.Expression))
        {
            return visited.WithExpression(bigAccess.WithExpression(GuardCall(IsBigInteger(invocation.Instance.Type) ? "BigText" : "Formatted", bigAccess.Expression, null)));
        }

        return null;
    }

    /// <summary>The method group <c>value.ToString</c> on a value that may need it: <c>__cocRun.ToTextMethod(value).Invoke</c>.</summary>
    private ExpressionSyntax? TextMethodGroup(MemberAccessExpressionSyntax node)
    {
        if (node.Name.Identifier.ValueText != "ToString"
            || model.GetOperation(node, cancellationToken) is not IMethodReferenceOperation { Method: { IsStatic: false, Parameters.Length: 0 }, Instance: { } instance }
            || instance is IInstanceReferenceOperation || !MayHoldText(instance.Type) || IsJsonNode(instance.Type))
        {
            return null;
        }

        var receiver = (ExpressionSyntax)Visit(node.Expression)!;
        return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, GuardCall("ToTextMethod", receiver, null), IdentifierName("Invoke")).WithTriviaFrom(node);
    }

    /// <summary>
    /// The visited arguments of a string-building call (<see cref="TextBuilders"/>) with each value that may hide a node
    /// or a big integer through the guard: an object argument (written out one by one into a params array too) as
    /// <c>Hole(x)</c>, an object array passed whole as <c>Holes(a)</c>, a sequence of such values as <c>Texts(s)</c>.
    /// </summary>
    private ArgumentListSyntax TextArguments(IInvocationOperation invocation, ArgumentListSyntax original, ArgumentListSyntax visited)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingAssembly is ISourceAssemblySymbol || !IsTextBuilder(method))
        {
            return visited;
        }

        var replaced = visited.Arguments.ToList();
        for (int i = 0; i < original.Arguments.Count && i < replaced.Count; i++)
        {
            ArgumentSyntax argument = original.Arguments[i];
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                continue;
            }

            TypeInfo info = model.GetTypeInfo(argument.Expression, cancellationToken);
            ITypeSymbol? type = info.Type;
            ITypeSymbol? converted = info.ConvertedType;
            if (converted is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments: [{ SpecialType: SpecialType.System_Object }] } && type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object })
            {
                // An object array passed whole where a params span of objects is taken (C# 14 prefers the span overload).
                replaced[i] = replaced[i].WithExpression(GuardCall("Holes", replaced[i].Expression, null));
                continue;
            }

            if (converted is null || converted.IsRefLikeType)
            {
                continue;
            }

            if (converted.SpecialType == SpecialType.System_Object)
            {
                // An object parameter, or an element written out into a params array or span of objects.
                if (MayHoldText(type))
                {
                    replaced[i] = replaced[i].WithExpression(GuardCall("Hole", replaced[i].Expression, null));
                }
            }
            else if (converted is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object } && type is IArrayTypeSymbol)
            {
                replaced[i] = replaced[i].WithExpression(GuardCall("Holes", replaced[i].Expression, null));
            }
            else if (converted is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T, TypeArguments: [var element] } && MayHoldText(element))
            {
                replaced[i] = replaced[i].WithExpression(GuardCall("Texts", replaced[i].Expression, null));
            }
        }

        return visited.WithArguments(SeparatedList(replaced, visited.Arguments.GetSeparators()));
    }

    private static bool IsTextBuilder(IMethodSymbol method)
    {
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (TextBuilders.Contains(type.ContainingNamespace.ToDisplayString() + "." + type.Name + "." + method.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Big integer arithmetic whose time grows faster than its operands: <c>a * b</c>, <c>a / b</c>, <c>a % b</c> as
    /// <c>__cocRun.BigMultiply(a, b)</c> (<c>BigDivide</c>, <c>BigRemainder</c>). Null for any other operator.
    /// </summary>
    private ExpressionSyntax? BigOperator(IMethodSymbol? operatorMethod, ExpressionSyntax left, ExpressionSyntax right)
    {
        string? guarded = BigGuardName(operatorMethod);
        if (guarded is null)
        {
            return null;
        }

        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.{guarded}()");
        return call.WithArgumentList(ArgumentList(SeparatedList([Argument(left.WithoutTrivia()), Argument(right.WithoutTrivia())])));
    }

    private static string? BigGuardName(IMethodSymbol? method) => method is { IsStatic: true } && IsBigInteger(method.ContainingType)
        && method.Parameters.All(p => IsBigInteger(p.Type) && p.RefKind == RefKind.None)
        ? method.Name switch
        {
            "op_Multiply" or "Multiply" when method.Parameters.Length == 2 => "BigMultiply",
            "op_Division" or "Divide" when method.Parameters.Length == 2 => "BigDivide",
            "op_Modulus" or "Remainder" when method.Parameters.Length == 2 => "BigRemainder",
            "ModPow" when method.Parameters.Length == 3 => "BigModPow",
            _ => null,
        }
        : null;

    /// <summary><c>BigInteger.Multiply(a, b)</c> (and <c>Divide</c>, <c>Remainder</c>, <c>ModPow</c>) as the guard's.</summary>
    private InvocationExpressionSyntax? BigCall(IInvocationOperation invocation, InvocationExpressionSyntax visited) =>
        BigGuardName(invocation.TargetMethod) is { } guarded && !invocation.TargetMethod.Name.StartsWith("op_", System.StringComparison.Ordinal)
            && visited.ArgumentList.Arguments.All(a => a.NameColon is null)
            ? visited.WithExpression(ParseExpression($"{Guard}.{guarded}").WithTriviaFrom(visited.Expression))
            : null;

    /// <summary>A compound assignment's target that can be read again without effects: a name, a member of one, <c>this</c>'s.</summary>
    private static bool IsPlainTarget(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax => true,
        ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax { Expression: var receiver } => IsPlainTarget(receiver),
        ElementAccessExpressionSyntax element => IsPlainTarget(element.Expression)
            && element.ArgumentList.Arguments.All(a => a.Expression is IdentifierNameSyntax or LiteralExpressionSyntax),
        ParenthesizedExpressionSyntax parenthesized => IsPlainTarget(parenthesized.Expression),
        _ => false,
    };

    /// <summary>
    /// A JSON node written as text by an interpolation or a concatenation, typed as a node: <c>__cocRun.Json.NodeTextOf(node)</c>
    /// (<see cref="GuardedJson.NodeTextOf"/>), the text through the run's budget; a value whose type may hide a node or a
    /// big integer (an object, a tuple, ...: <see cref="MayHoldText(ITypeSymbol?)"/>) as <c>__cocRun.TextOf(x)</c>, or in a
    /// hole as <c>__cocRun.Hole(x)</c>, which keeps a big integer's format.
    /// </summary>
    private ExpressionSyntax NodeText(ExpressionSyntax original, ExpressionSyntax visited, bool hole = false)
    {
        TypeInfo info = model.GetTypeInfo(original, cancellationToken);
        return IsJsonNode(info.Type) ? GuardCall("Json.NodeTextOf", visited, null)
            : MayHoldText(info.Type) && info.ConvertedType?.IsRefLikeType != true ? GuardCall(hole ? "Hole" : "TextOf", visited, null)
            : visited;
    }
}
