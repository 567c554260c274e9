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

    /// <summary>
    /// The guard's member for a <see cref="System.Numerics.BigInteger"/> method whose time grows faster than its operands
    /// (its operators, <c>Multiply</c>, <c>Divide</c>, <c>Remainder</c>, <c>DivRem</c>, <c>GreatestCommonDivisor</c>,
    /// <c>ModPow</c>; <c>Pow</c> as a method group), of the same parameters, or null.
    /// </summary>
    private static string? BigGuardName(IMethodSymbol? method, bool group = false) => method is { IsStatic: true } && IsBigInteger(method.ContainingType)
        && method.Parameters.All(p => IsBigInteger(p.Type) && (p.RefKind == RefKind.None || p.RefKind == RefKind.Out && method.Name == "DivRem")
            || group && method.Name == "Pow" && p.Type.SpecialType == SpecialType.System_Int32)
        ? method.Name switch
        {
            "op_Multiply" or "Multiply" when method.Parameters.Length == 2 => "BigMultiply",
            "op_Division" or "Divide" when method.Parameters.Length == 2 => "BigDivide",
            "op_Modulus" or "Remainder" when method.Parameters.Length == 2 => "BigRemainder",
            "DivRem" => "BigDivRem",
            "GreatestCommonDivisor" when method.Parameters.Length == 2 => "BigGreatestCommonDivisor",
            "ModPow" when method.Parameters.Length == 3 => "BigModPow",
            "Pow" when group && method.Parameters.Length == 2 => "BigPow",
            _ => null,
        }
        : null;

    /// <summary>
    /// <c>BigInteger.Multiply(a, b)</c> (and <c>Divide</c>, <c>Remainder</c>, <c>DivRem</c>, <c>GreatestCommonDivisor</c>,
    /// <c>ModPow</c>) as the guard's; in generic math <c>T.DivRem(a, b)</c> and <c>T.MultiplyAddEstimate(a, b, c)</c> as
    /// <c>__cocRun.NumberDivRem&lt;T&gt;(a, b)</c> (<c>NumberMultiplyAddEstimate</c>), which check a big integer's.
    /// </summary>
    private InvocationExpressionSyntax? BigCall(IInvocationOperation invocation, InvocationExpressionSyntax visited, int position)
    {
        if (visited.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (BigGuardName(method) is { } guarded && !method.Name.StartsWith("op_", System.StringComparison.Ordinal))
        {
            return visited.WithExpression(ParseExpression($"{Guard}.{guarded}").WithTriviaFrom(visited.Expression));
        }

        if (!IsNumberInterface(method) || method.ContainingType.TypeArguments is not [var self])
        {
            return null;
        }

        string selfName = self.ToMinimalDisplayString(model, position);
        if (method.Name is "Parse" or "TryParse" && method.Parameters is [{ Type: var text }, ..] && (text.SpecialType == SpecialType.System_String || ArgumentGuards.IsCharSpan(text))
            && visited.ArgumentList.Arguments.Count > 0)
        {
            ArgumentSyntax first = visited.ArgumentList.Arguments[0];
            return visited.WithArgumentList(visited.ArgumentList.WithArguments(visited.ArgumentList.Arguments.Replace(first, first.WithExpression(GuardCall($"NumberTextOf<{selfName}>", first.Expression, null)))));
        }

        return NumberGuardName(method) is { } generic
            ? visited.WithExpression(ParseExpression($"{Guard}.{generic}<{selfName}>").WithTriviaFrom(visited.Expression))
            : null;
    }

    private static readonly HashSet<string> BigGroupNames = ["Pow", "Multiply", "Divide", "Remainder", "DivRem", "GreatestCommonDivisor", "ModPow", "MultiplyAddEstimate", "Parse"];

    /// <summary>
    /// A method group of <see cref="BigGuardName"/>'s members made a delegate (<c>Func&lt;BigInteger, int, BigInteger&gt; p =
    /// BigInteger.Pow;</c>, <c>xs.Aggregate(BigInteger.Multiply)</c>), or of generic math's <c>T.DivRem</c>,
    /// <c>T.MultiplyAddEstimate</c> and <c>T.Parse</c> of a string: the guard's group of the same name and parameters.
    /// </summary>
    private ExpressionSyntax? BigMethodGroup(ExpressionSyntax node)
    {
        // A called member is no method group: the model is not asked (it binds the statement again).
        if (node.Parent is InvocationExpressionSyntax { Expression: var called } && called == node
            || model.GetOperation(node, cancellationToken) is not IMethodReferenceOperation { Parent: IDelegateCreationOperation, Method: var method })
        {
            return null;
        }

        if (BigGuardName(method, group: true) is { } guarded)
        {
            return ParseExpression($"{Guard}.{guarded}").WithTriviaFrom(node);
        }

        // "T.DivRem" in generic math: "__cocRun.NumberDivRem<T>".
        return IsNumberInterface(method) && method.ContainingType.TypeArguments is [var self]
            && NumberGuardName(method, group: true) is { } generic
            ? ParseExpression($"{Guard}.{generic}<{self.ToMinimalDisplayString(model, node.SpanStart)}>").WithTriviaFrom(node)
            : null;
    }

    /// <summary>
    /// The right operand of an operator whose time grows faster than its operands, in generic math (an operator of a
    /// <c>System.Numerics</c> interface: <c>*</c>, <c>/</c>, <c>%</c>, checked or not, and the shifts' amount), in a
    /// compound assignment on a big integer (<c>*=</c>, <c>/=</c>, <c>%=</c>) and a big integer shift's amount: <c>__cocRun.MultiplyBy&lt;TSelf, TOther,
    /// TResult&gt;(y)</c> (<c>DivideBy</c>, <c>RemainderBy</c>, <c>ShiftBits&lt;TSelf, TOther&gt;</c>), whose operator checks
    /// a big integer's work first. The language still evaluates a compound assignment's target once, whatever its shape.
    /// </summary>
    private ExpressionSyntax? NumberOperand(IMethodSymbol? method, ExpressionSyntax right, int position, bool compound, bool lifted = false)
    {
        bool shift = method?.Name is "op_LeftShift" or "op_RightShift" or "op_UnsignedRightShift";
        if (method is not { IsStatic: true, Parameters.Length: 2 } || !(IsNumberInterface(method) || (compound || shift || lifted) && IsBigInteger(method.ContainingType)))
        {
            return null;
        }

        string Name(ITypeSymbol type) => type.ToMinimalDisplayString(model, position);
        string self = Name(method.Parameters[0].Type), other = Name(method.Parameters[1].Type), result = Name(method.ReturnType);
        string by = lifted ? "Lifted" : string.Empty;
        string? guarded = method.Name switch
        {
            "op_Multiply" or "op_CheckedMultiply" => $"{by}MultiplyBy<{self}, {other}, {result}>",
            "op_Division" or "op_CheckedDivision" => $"{by}DivideBy<{self}, {other}, {result}>",
            "op_Modulus" => $"{by}RemainderBy<{self}, {other}, {result}>",
            _ when shift => $"ShiftBits<{self}, {other}{(lifted ? "?" : string.Empty)}>",
            _ => null,
        };
        return guarded is null ? null : GuardCall(guarded, right, null);
    }

    /// <summary>The guard's member for a generic-math member whose time grows faster than its operands (on a big integer), or null.</summary>
    private static string? NumberGuardName(IMethodSymbol method, bool group = false) => method.Name switch
    {
        "DivRem" => "NumberDivRem",
        "MultiplyAddEstimate" => "NumberMultiplyAddEstimate",
        "Parse" when group && method.Parameters[0].Type.SpecialType == SpecialType.System_String => "NumberParse",
        _ => null,
    };

    /// <summary>A static member of a generic-math interface of <c>System.Numerics</c> (<c>IMultiplyOperators</c>, <c>IBinaryInteger</c>, ...).</summary>
    private static bool IsNumberInterface(IMethodSymbol method) =>
        method is { IsStatic: true, ContainingType: { TypeKind: TypeKind.Interface, ContainingNamespace: { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

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
