using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Guards on the arguments of library calls, read from the policy's <c>[guards]</c> lines (<see cref="Policy.ArgumentHints"/>): an allocation size is
/// checked against the budget before the call (with the real size of the element type), a format's widths, a
/// regular expression's pattern and options, a JSON depth; the inputs of a call whose result grows with several
/// of them are held and checked together. Regular expressions also get the run's timeout (or have theirs capped).
/// </summary>
internal sealed class ArgumentGuards(TypeSizes sizes, Policy policy)
{
    // The static Regex calls the catalog marks `guard: regex-timeout` (COC0009's lines): they get the run's timeout.
    private static readonly ImmutableHashSet<string> RegexStatics =
        GuardHints.MemberNames(GuardHints.RegexTimeout, "System.Text.RegularExpressions.Regex");

    /// <summary>The member's documentation-comment ID without parameters or generic arity ("M:System.String.PadLeft").</summary>
    public static string MemberId(ISymbol symbol) => MemberIds.GetValue(symbol.OriginalDefinition, static definition =>
    {
        string id = definition.GetDocumentationCommentId() ?? string.Empty;
        int paren = id.IndexOf('(');
        id = paren >= 0 ? id[..paren] : id;
        int arity = id.IndexOf("``", System.StringComparison.Ordinal);
        return arity >= 0 ? id[..arity] : id;
    });

    // By definition: the references' symbols are shared by every script compilation cloned from one prototype, so a
    // library member's ID is built once, not at every call of every script.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISymbol, string> MemberIds = new();

    /// <summary>The policy's hints of a member and of every member it overrides (MemoryStream.Position is Stream.Position).</summary>
    public static IEnumerable<ArgumentHint> HintsOf(Policy policy, ISymbol member)
    {
        for (ISymbol? current = member; current is not null; current = current switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        })
        {
            foreach (ArgumentHint hint in policy.HintsFor(MemberId(current), current.Name))
            {
                yield return hint;
            }
        }
    }

    /// <summary>True when a call to <paramref name="method"/> checks its receiver too (it must be held as it is evaluated).</summary>
    public bool HoldsReceiver(IMethodSymbol method) => !method.IsStatic && Amplification(method)?.Inputs.Contains("this") == true;

    /// <summary>
    /// The visited argument list of a call to <paramref name="method"/> with its guards; <paramref name="receiverHeld"/>
    /// says the caller holds the receiver (see <see cref="HoldsReceiver"/>).
    /// </summary>
    public ArgumentListSyntax Guard(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ArgumentListSyntax original, ArgumentListSyntax visited, bool receiverHeld = false)
    {
        if (method.ContainingAssembly is ISourceAssemblySymbol)
        {
            return visited;
        }

        string type = method.ContainingType.ToDisplayString();
        List<ArgumentHint> hints = [.. HintsOf(policy, method)];
        var replaced = visited.Arguments.ToList();
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Syntax is not ArgumentSyntax syntax || argument.Parameter is not { } parameter || !syntax.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                continue;
            }

            int index = original.Arguments.IndexOf(syntax);
            if (index < 0)
            {
                continue;
            }

            if (type == "System.Text.RegularExpressions.Regex" && parameter.Type.Name == "TimeSpan")
            {
                replaced[index] = replaced[index].WithExpression(GuardSyntax.GuardCall("CapTimeout", replaced[index].Expression, null));
                continue;
            }

            foreach (ArgumentHint hint in hints.Where(h => h.Parameter == parameter.Name && h.Check != ArgumentCheck.GrowsWith).Distinct())
            {
                if (hint.Check == ArgumentCheck.RegexPattern && argument.Value.ConstantValue is { HasValue: true, Value: string pattern } && pattern.Length <= ScriptGuard.MaxRegexPatternChars)
                {
                    // A constant pattern within the limit: nothing to check at run time.
                    continue;
                }

                replaced[index] = replaced[index].WithExpression(Checked(hint, parameter.Type, replaced[index].Expression, method, method.ContainingType));
            }
        }

        HoldAmplified(method, arguments, original, replaced, receiverHeld);
        ArgumentListSyntax result = visited.WithArguments(SeparatedList(replaced, visited.Arguments.GetSeparators()));
        if (type == "System.Text.RegularExpressions.Regex"
            && (method.MethodKind == MethodKind.Constructor || (method.IsStatic && RegexStatics.Contains(method.Name)))
            && !method.Parameters.Any(p => p.Type.Name == "TimeSpan")
            // The public constructors only: a subclass's ": base()" or ": base(pattern, culture)" has no overload with a timeout.
            && (method.MethodKind != MethodKind.Constructor || (method.Parameters.Any(p => p.Name == "pattern") && method.Parameters.All(p => p.Type.SpecialType == SpecialType.System_String || p.Type.Name == "RegexOptions")))
            && method.Parameters.Length == arguments.Length)
        {
            if (!method.Parameters.Any(p => p.Type.Name == "RegexOptions"))
            {
                result = result.AddArguments(Argument(ParseExpression("global::System.Text.RegularExpressions.RegexOptions.None")));
            }

            result = result.AddArguments(Argument(ParseExpression($"{GuardSyntax.Guard}.RegexTimeout")));
        }

        return result;
    }

    /// <summary>The value assigned to a property (its setter's "value") or passed to an operator, with its guard if a hint names it.</summary>
    public ExpressionSyntax Value(ISymbol member, string parameter, ITypeSymbol type, ExpressionSyntax value)
    {
        if (member.ContainingAssembly is ISourceAssemblySymbol)
        {
            return value;
        }

        foreach (ArgumentHint hint in HintsOf(policy, member).Where(h => h.Parameter == parameter && h.Check != ArgumentCheck.GrowsWith).Distinct())
        {
            value = Checked(hint, type, value, member as IMethodSymbol, member.ContainingType);
        }

        return value;
    }

    /// <summary>The check of one argument by one hint, when the argument's type is the one the check takes.</summary>
    private ExpressionSyntax Checked(ArgumentHint hint, ITypeSymbol type, ExpressionSyntax value, IMethodSymbol? method, INamedTypeSymbol? containing)
    {
        bool integral = type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
        bool text = type.SpecialType == SpecialType.System_String;
        return hint.Check switch
        {
            ArgumentCheck.Items when integral => ItemsCheck(value, hint.Detail, type, method, containing),
            ArgumentCheck.Bits when type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 => GuardSyntax.GuardCall("Bits", value, null),
            ArgumentCheck.Bytes when type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 => GuardSyntax.GuardCall("Bytes", value, null),
            ArgumentCheck.CompositeFormat when text => GuardSyntax.GuardCall("Format", value, null),
            ArgumentCheck.NumberFormat when text => GuardSyntax.GuardCall("NumberFormat", value, null),
            ArgumentCheck.RegexPattern when text => GuardSyntax.GuardCall("Pattern", value, null),
            ArgumentCheck.NumberText when text || IsCharSpan(type) => GuardSyntax.GuardCall("NumberText", value, null),
            ArgumentCheck.RegexOptions when type.Name == "RegexOptions" => GuardSyntax.GuardCall("Options", value, null),
            ArgumentCheck.JsonDepth when type.SpecialType == SpecialType.System_Int32 => GuardSyntax.GuardCall("JsonDepth", value, null),
            _ => value,
        };
    }

    /// <summary>Items × the bytes of one item: a constant when every type's size is known, else the guard asks the runtime.</summary>
    private ExpressionSyntax ItemsCheck(ExpressionSyntax value, string perItem, ITypeSymbol countType, IMethodSymbol? method, INamedTypeSymbol? containing)
    {
        long known = 0;
        var unknown = new List<ITypeSymbol>();
        ITypeSymbol[] typeArguments = AllTypeArguments(containing);
        foreach (string part in perItem.Split('+'))
        {
            if (long.TryParse(part, out long bytes))
            {
                known += bytes;
                continue;
            }

            ITypeSymbol? argument = part[0] == 'T' && int.TryParse(part[1..], out int t) && t < typeArguments.Length ? typeArguments[t]
                : part[0] == 'M' && method is not null && int.TryParse(part[1..], out int m) && m < method.TypeArguments.Length ? method.TypeArguments[m]
                : null;
            if (argument is null)
            {
                known += 8;
            }
            else if (sizes.Of(argument) is { } size)
            {
                known += size;
            }
            else
            {
                unknown.Add(argument);
            }
        }

        int constant = (int)System.Math.Min(known, int.MaxValue);
        bool signed = countType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
        // A type the rewrite cannot name (one that holds an anonymous type) falls back to a reference's size per unknown part.
        if (unknown.Count is 0 or > 2 || !signed || (unknown.Count == 2 && countType.SpecialType != SpecialType.System_Int32) || unknown.Any(HoldsAnonymousType))
        {
            return GuardSyntax.ItemsCheck(value, (int)System.Math.Min(known + (8L * unknown.Count), int.MaxValue));
        }

        string types = string.Join(", ", unknown.Select(u => u.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        var call = (InvocationExpressionSyntax)ParseExpression($"{GuardSyntax.Guard}.ItemsOf<{types}>()");
        return call.WithArgumentList(ArgumentList(SeparatedList([Argument(value.WithoutTrivia()), Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(constant)))])))
            .WithTriviaFrom(value);
    }

    /// <summary>
    /// A call whose result grows with several inputs: each input but the last evaluated is held, the last checks.
    /// Inputs of a params argument written out one by one are held one by one ("values#0", "values#1", ...).
    /// </summary>
    private void HoldAmplified(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ArgumentListSyntax original, List<ArgumentSyntax> replaced, bool receiverHeld)
    {
        if (Amplification(method) is not { } hint)
        {
            return;
        }

        var inputs = new List<(int Position, string Name)>();
        var spans = new HashSet<string>();
        foreach (string name in hint.Inputs)
        {
            if (name == "this")
            {
                if (receiverHeld)
                {
                    inputs.Add((-1, name));
                }

                continue;
            }

            IArgumentOperation? argument = arguments.FirstOrDefault(a => a.Parameter?.Name == name);
            if (argument?.Parameter is not { } parameter)
            {
                continue;
            }

            if (argument.ArgumentKind is ArgumentKind.ParamArray or ArgumentKind.ParamCollection && !IsOneArgument(argument, original))
            {
                // Written out one by one (into an array or, since C# 13, a span: string.Join(",", s, s, s) binds to
                // params ReadOnlySpan<string?>): the elements are the arguments from the parameter's position on, each
                // held as it is, whatever the collection's type.
                int first = method.Parameters.IndexOf(parameter);
                var elementTypes = new Dictionary<SyntaxNode, ITypeSymbol?>();
                foreach (IOperation element in argument.Value.DescendantsAndSelf())
                {
                    elementTypes[element.Syntax] = element.Type; // the innermost: the element's own type, which Hold infers (none for null)
                }

                for (int i = first; i < original.Arguments.Count; i++)
                {
                    if (original.Arguments[i].NameColon is null && elementTypes.TryGetValue(original.Arguments[i].Expression, out ITypeSymbol? elementType) && !IsRefLike(elementType))
                    {
                        inputs.Add((i, name + "#" + (i - first)));
                    }
                }
            }
            else if (!IsRefLike(parameter.Type) && argument.Syntax is ArgumentSyntax single && original.Arguments.IndexOf(single) is >= 0 and var position)
            {
                inputs.Add((position, name));
            }
            else if (IsCharSpan(parameter.Type) && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex"
                && argument.Syntax is ArgumentSyntax span && original.Arguments.IndexOf(span) is >= 0 and var spanPosition)
            {
                // A regular expression's input as a span: held as its length.
                inputs.Add((spanPosition, name));
                spans.Add(name);
            }
        }

        inputs.Sort((a, b) => a.Position.CompareTo(b.Position));
        if (inputs.Count == 0 || inputs[^1].Position < 0)
        {
            return;
        }

        string order = string.Join(",", inputs.Select(i => i.Name));
        for (int i = 0; i < inputs.Count; i++)
        {
            int position = inputs[i].Position;
            if (position < 0)
            {
                continue;
            }

            ExpressionSyntax expression = replaced[position].Expression;
            bool span = spans.Contains(inputs[i].Name);
            replaced[position] = replaced[position].WithExpression(i == inputs.Count - 1
                ? GuardSyntax.CheckCall(expression, MemberId(method), order, span ? "CheckSpan" : IsSequence(arguments, inputs[i].Name) ? "CheckSequence" : "Check")
                : GuardSyntax.GuardCall(span ? "HoldSpan" : "Hold", expression, null));
        }
    }

    // The input is one argument whose parameter is an IEnumerable<T>: a lazy sequence there is counted as the call drains it.
    private static bool IsSequence(ImmutableArray<IArgumentOperation> arguments, string name) =>
        arguments.FirstOrDefault(a => a.Parameter?.Name == name)?.Parameter?.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T };

    // A params argument passed as the collection itself (an array or a span variable), not written out.
    private static bool IsOneArgument(IArgumentOperation argument, ArgumentListSyntax original) =>
        argument.Syntax is ArgumentSyntax single && original.Arguments.IndexOf(single) >= 0 && !argument.IsImplicit;

    private static bool IsRefLike(ITypeSymbol? type) =>
        type is null || type.IsRefLikeType || (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(a => a.IsRefLikeType));

    private static bool HoldsAnonymousType(ITypeSymbol type) => type switch
    {
        { IsAnonymousType: true } => true,
        INamedTypeSymbol named => named.TypeArguments.Any(HoldsAnonymousType),
        IArrayTypeSymbol array => HoldsAnonymousType(array.ElementType),
        _ => false,
    };

    /// <summary>A <c>ReadOnlySpan&lt;char&gt;</c>.</summary>
    internal static bool IsCharSpan(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments: [{ SpecialType: SpecialType.System_Char }] };

    private ArgumentHint? Amplification(IMethodSymbol method) =>
        method.ContainingAssembly is ISourceAssemblySymbol
            ? null
            : HintsOf(policy, method).FirstOrDefault(h => h.Check == ArgumentCheck.GrowsWith && method.Parameters.Any(p => p.Name == h.Parameter));

    private static ITypeSymbol[] AllTypeArguments(INamedTypeSymbol? type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (; type is not null; type = type.ContainingType)
        {
            chain.Push(type);
        }

        return [.. chain.SelectMany(t => t.TypeArguments)];
    }
}
