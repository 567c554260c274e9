using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The type of a call to an undefined function, inferred from its use: the type the compiler converts it
/// to (a typed declaration, a return, the one parameter it is passed to), <c>bool</c> as a condition or an
/// operand of <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, the assigned variable's type in <c>x = F()</c> and <c>count += F()</c>,
/// the other operand's type in a comparison, the other branch's type in <c>c ? x : F()</c>, the left side's in
/// <c>x ?? F()</c>, <c>List&lt;T&gt;</c> in <c>foreach (T x in F())</c>, a dictionary or list when indexed, a tuple when
/// deconstructed, what a LINQ call's result or its lambda's item is used as. The call that initializes a <c>var</c>
/// variable has the type its uses give by these same rules. The uses are asked in rounds (<see cref="Use"/>): a use that
/// needs one type wins over an untyped number (<c>a - b</c>: double), which wins over a displayed value (an interpolation,
/// <c>+</c> next to a string: string), which wins over a value only shown (a top-level return, Console.WriteLine, an
/// argument of another emulated call, a lambda's result, <c>F(a) == G(b)</c>: string). Everything else has no type.
/// </summary>
internal static class EmulatedCallTyping
{
    /// <summary>
    /// The inferred type, or null; <paramref name="found"/> is the type the use gives when an emulator cannot produce it;
    /// <paramref name="strength"/> the round that gave it (0, a typed use, is the strongest; 3, a value only shown, the weakest).
    /// </summary>
    public static LiteralType? Infer(InvocationExpressionSyntax call, SemanticModel model, out ITypeSymbol? found, out int strength, CancellationToken cancellationToken)
    {
        found = null;
        strength = int.MaxValue;
        foreach (Use use in Enum.GetValues<Use>())
        {
            if (Target(call, model, MaxVariableHops, use, cancellationToken) is { } type)
            {
                found = type;
                strength = (int)use;
                break;
            }
        }

        return LiteralTypeSymbols.From(found);
    }

    // "var a = F(); var b = a; if (b) ...": how many var variables a call's type may be followed through.
    private const int MaxVariableHops = 4;

    // Which uses may give the type, asked in this order over all the uses of a value (a var's first use of the strongest kind
    // wins, wherever it is): Typed, then Number, then Display, then Shown.
    private enum Use
    {
        // A use that needs one type: a typed target, a condition, a typed operand, a member, a switch's labels, an index.
        Typed,

        // An operand of arithmetic or an ordering comparison whose other operand has no type either: a number (double).
        Number,

        // An interpolation hole or an operand of + next to a string: string.
        Display,

        // A value that is only shown (the program's top-level return, Console.Write/WriteLine, an argument of another
        // emulated call, a lambda's result, F(a) == G(b)): string.
        Shown,
    }

    private static ITypeSymbol? Target(ExpressionSyntax call, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        bool loose = level == Use.Shown;
        Compilation compilation = model.Compilation;
        ITypeSymbol Bool() => compilation.GetSpecialType(SpecialType.System_Boolean);
        ITypeSymbol String() => compilation.GetSpecialType(SpecialType.System_String);
        ITypeSymbol Double() => compilation.GetSpecialType(SpecialType.System_Double);
        ITypeSymbol? Known(ExpressionSyntax other) =>
            model.GetTypeInfo(other, cancellationToken).Type is { TypeKind: not TypeKind.Error, SpecialType: not SpecialType.System_Object } type ? type : null;

        // "xs.Sum(x => F(x))": the compiler's pick among the overloads is a guess; the result's use gives the type.
        if (call.Parent is LambdaExpressionSyntax projection && projection.ExpressionBody == call && LinqProjection(projection) is { } linq)
        {
            return FromLinqResult(linq.Method, linq.Call, model, hops, level, cancellationToken) ?? (loose ? String() : null);
        }

        // "int[] n = Array.ConvertAll(xs, x => F(x))", "List<int> n = xs.ConvertAll(x => F(x))": the item of the generic result
        // the lambda's results make, as the outer call's result is used.
        if (call.Parent is LambdaExpressionSyntax converter && converter.ExpressionBody == call
            && FromGenericResult(converter, model, hops, level, cancellationToken) is { } madeItem)
        {
            return madeItem;
        }

        // "xs.Count(x => F(x))", "flags.Count(f => f)": a predicate's result is a bool; "xs.OrderBy(x => F(x))": an ordering
        // key is compared with the other keys, neither typed: a number, as in "F(a) > F(b)".
        if (call.Parent is LambdaExpressionSyntax lambdaBody && lambdaBody.ExpressionBody == call && LambdaMethod(lambdaBody) is { } lambdaMethod)
        {
            if (Predicates.Contains(lambdaMethod))
            {
                return Bool();
            }

            if (OrderingKeys.Contains(lambdaMethod) && level >= Use.Number && call is InvocationExpressionSyntax)
            {
                return Double();
            }
        }

        TypeInfo info = model.GetTypeInfo(call, cancellationToken);
        if (call.Parent is AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax or TupleExpressionSyntax } deconstruction && deconstruction.Right == call)
        {
            return hops > 0 ? FromDeconstruction(deconstruction, model, hops - 1, level, cancellationToken) : null;
        }

        // "var ages = xs.Select(x => Age(x)).ToList()" is a List<TSource> while Age has no type: not a type; its uses give one.
        if (info.ConvertedType is { TypeKind: not TypeKind.Dynamic, SpecialType: not SpecialType.System_Object } converted && !HasError(converted))
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
            case InterpolationSyntax { FormatClause: { } format } when FormattedType(compilation, format.FormatStringToken.ValueText) is { } formatted:
                // "$\"{F(x):MM/dd/yyyy}\"": a date format formats a DateTime, "{F(x):F2}" a number (a string ignores its format).
                return formatted;
            case InterpolationSyntax when level >= Use.Display:
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
                    ?? (level >= Use.Number && comparison.Kind() is not (SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression) ? Double() : null)
                    ?? (loose && comparison.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression ? String() : null);
            case BinaryExpressionSyntax arithmetic when IsArithmetic(arithmetic.Kind()):
            {
                // "x + F()" next to a string: string; "total += count * F(a)", "double t = F(a) * n": the number the
                // whole expression is used as, else the other operand's number.
                // "a - b" with neither typed (two emulated values): a number, double, which takes any number a reply has.
                ExpressionSyntax otherOperand = arithmetic.Left == node ? arithmetic.Right : arithmetic.Left;
                ITypeSymbol? other = Known(otherOperand);
                if (arithmetic.IsKind(SyntaxKind.AddExpression) && IsConcatenation(otherOperand, model, cancellationToken))
                {
                    // "a + \" / \" + b": b is added to a concatenation of strings (whose type is unknown while a's is).
                    return level >= Use.Display ? String() : null;
                }

                ITypeSymbol? used = Target(arithmetic, model, hops, level, cancellationToken);
                return IsNumber(used) ? used : IsNumber(other) ? other : level >= Use.Number && other is null ? Double() : null;
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
                return OnlyTypeWithMember(access, model, cancellationToken)
                    ?? ListWithMember(access, model, loose, cancellationToken)
                    ?? (hops > 0 && access.Parent is InvocationExpressionSyntax receiverCall && receiverCall.Expression == access
                        ? FromItemLambda(receiverCall, model, hops - 1, level, cancellationToken) ?? FromAggregate(receiverCall, model, hops - 1, level, cancellationToken)
                        : null);
            case ElementAccessExpressionSyntax access when access.Expression == node && access.ArgumentList.Arguments.Count == 1:
            {
                // "var counts = F(s); counts["L"] == 3": a dictionary of what the item is used as; "xs[0] > 2": a list of it.
                // "row[row.IndexOf(x) + 1]": arithmetic on a value not typed yet is a position.
                ExpressionSyntax index = access.ArgumentList.Arguments[0].Expression;
                ITypeSymbol? key = Known(index)
                    ?? (index is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression } position
                        && (IsIntLiteral(position.Left) || IsIntLiteral(position.Right)) ? compilation.GetSpecialType(SpecialType.System_Int32) : null);
                return Target(access, model, hops, level, cancellationToken) is { TypeKind: not TypeKind.Error } value
                    ? key?.SpecialType switch
                    {
                        SpecialType.System_String => compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(key, value),
                        SpecialType.System_Int32 => compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(value),
                        _ => null,
                    }
                    : null;
            }

            case ForEachStatementSyntax loop when loop.Expression == node && loop.Type.IsVar && hops > 0
                    && model.GetDeclaredSymbol(loop, cancellationToken) is { } loopItem:
                return FromLoopItem(loop, loopItem, model, hops - 1, level, cancellationToken);
            case ForEachVariableStatementSyntax loop when loop.Expression == node && hops > 0
                    && loop.Variable is DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax { Variables: [_, SingleVariableDesignationSyntax value] } }:
                // "foreach (var (a, b) in F(s))": a list of pairs (a string and what the second variable is used as), which a
                // reply may give as pairs or as a dictionary; a pair may repeat its first item (the same person in two swaps).
                // "var counts = F(s); foreach (var (item, count) in counts)": a dictionary, which the variable's other uses may index.
                return model.GetDeclaredSymbol(value, cancellationToken) is ILocalSymbol local
                    && FromUses(local, value, model, hops - 1, level, cancellationToken) is { } valueType
                    ? call is InvocationExpressionSyntax
                        ? compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(compilation.CreateTupleTypeSymbol([String(), valueType]))
                        : compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(String(), valueType)
                    : null;
            case LambdaExpressionSyntax lambda when loose && lambda.ExpressionBody == node:
                // "xs.Select(x => F(x))": the lambda's result type is inferred from the call's, so nothing gives it.
                return String();
            case ForEachStatementSyntax loop when loop.Expression == node && !loop.Type.IsVar:
                return model.GetTypeInfo(loop.Type, cancellationToken).Type is { TypeKind: not TypeKind.Error } item
                    ? compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(item)
                    : null;
            case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Arguments.Count: 1, Parent: ElementAccessExpressionSyntax indexed } }
                    when Known(indexed.Expression) is { } collection && IndexerParameter(collection) is { } parameter:
                // "truthful[SubjectOf(s)]", "pairs[open[i]]": the key or position the indexer takes.
                return parameter;
            case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax outer:
                return OnlyParameterType(outer, argument, model, hops, level, cancellationToken)
                    ?? (loose && ShowsItsArguments(outer, argument, model, cancellationToken) ? String() : null);
            case ReturnStatementSyntax when loose && !node.Ancestors().Any(a => a is MemberDeclarationSyntax and not GlobalStatementSyntax
                    or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax):
                return String();
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } declarator } when hops > 0:
                return FromUses(declarator, model, hops - 1, level, cancellationToken);
            default:
                return null;
        }
    }

    // "var x = F(a);": the variable's type is the call's; the first use of x (in the program's order) that gives a type
    // by the rules above gives it.
    private static ITypeSymbol? FromUses(VariableDeclaratorSyntax declarator, SemanticModel model, int hops, Use level, CancellationToken cancellationToken) =>
        model.GetDeclaredSymbol(declarator, cancellationToken) is { } variable ? FromUses(variable, declarator, model, hops, level, cancellationToken) : null;

    private static ITypeSymbol? FromUses(ISymbol variable, SyntaxNode declaration, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        string name = variable.Name;
        foreach (IdentifierNameSyntax use in declaration.SyntaxTree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (use.SpanStart > declaration.Span.End && use.Identifier.ValueText == name
                && RefersTo(use, variable, model, cancellationToken)
                && Target(use, model, hops, level, cancellationToken) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    // The use names the variable. A name the compiler leaves unbound (the collection of "foreach (var (a, b) in counts)" while
    // counts has no type yet) names it when the variable is what the name means there.
    private static bool RefersTo(IdentifierNameSyntax use, ISymbol variable, SemanticModel model, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(use, cancellationToken);
        if (info.Symbol is not null || !info.CandidateSymbols.IsEmpty)
        {
            return SymbolEqualityComparer.Default.Equals(info.Symbol, variable);
        }

        return (use.Parent is not MemberAccessExpressionSyntax access || access.Name != use)
            && model.LookupSymbols(use.SpanStart, name: use.Identifier.ValueText).Contains(variable, SymbolEqualityComparer.Default);
    }

    // "foreach (var pair in F(s)) total += pair.Value;": a dictionary of what the values are used as; "foreach (var w in
    // F(s)) if (w.Length > 3) ...": a list of what the item is used as.
    private static ITypeSymbol? FromLoopItem(ForEachStatementSyntax loop, ISymbol item, SemanticModel model, int hops, Use level, CancellationToken cancellationToken) =>
        FromPairValue(item, loop.Statement, model, hops, level, cancellationToken)
            ?? (FromUses(item, loop.Type, model, hops, level, cancellationToken) is { } itemType
                ? model.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(itemType)
                : null);

    // An item used as "pair.Value" (in a loop's body or a lambda's): a dictionary of what the value is used as.
    private static ITypeSymbol? FromPairValue(ISymbol item, SyntaxNode scope, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        foreach (IdentifierNameSyntax use in scope.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value && value.Expression == use
                && RefersTo(use, item, model, cancellationToken)
                && Target(value, model, hops, level, cancellationToken) is { TypeKind: not TypeKind.Error } valueType)
            {
                return compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(compilation.GetSpecialType(SpecialType.System_String), valueType);
            }
        }

        return null;
    }

    // "var (name, ok) = F(s);", "(string name, var ok) = F(s);": a tuple of each variable's declared type, or what its uses give.
    private static ITypeSymbol? FromDeconstruction(AssignmentExpressionSyntax assignment, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(assignment.Left, cancellationToken).Type is not INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return null;
        }

        List<SyntaxNode?> variables = assignment.Left switch
        {
            DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax designation } => [.. designation.Variables],
            TupleExpressionSyntax tupleExpression => [.. tupleExpression.Arguments.Select(argument => (SyntaxNode?)((argument.Expression as DeclarationExpressionSyntax)?.Designation))],
            _ => [],
        };
        if (variables.Count != tuple.TupleElements.Length)
        {
            return null;
        }

        var items = new ITypeSymbol[variables.Count];
        for (int i = 0; i < items.Length; i++)
        {
            ITypeSymbol declared = tuple.TupleElements[i].Type;
            ITypeSymbol? item = declared.TypeKind != TypeKind.Error ? declared
                : variables[i] is SingleVariableDesignationSyntax single && model.GetDeclaredSymbol(single, cancellationToken) is { } variable
                    ? FromUses(variable, single, model, hops, level, cancellationToken)
                    : null;
            if (item is null)
            {
                return null;
            }

            items[i] = item;
        }

        return model.Compilation.CreateTupleTypeSymbol([.. items]);
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

    // "var d = ParseDate(s); d.AddDays(1)": the one value type an emulator returns whose instance member takes these
    // arguments (AddDays: DateTime, Length: string, ToUpper(): string; "busy.Contains(hour)" with an int hour: none, a
    // string's Contains takes strings and chars); "d.ToString(\"MM/dd/yyyy\", culture)", which several have: the type its
    // format formats; none when several have it otherwise (CompareTo) or none does.
    private static ITypeSymbol? OnlyTypeWithMember(MemberAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        string name = access.Name.Identifier.ValueText;
        ArgumentListSyntax? arguments = Arguments(access);
        var types = Scalars.Select(scalar => (ITypeSymbol)compilation.GetSpecialType(scalar))
            .Where(type => Accepts(type, name, arguments, model, cancellationToken))
            .ToList();
        return types.Count == 1 ? types[0]
            : types.Count > 1 && name == "ToString" && arguments is { Arguments: [var format, ..] }
                && model.GetConstantValue(format.Expression, cancellationToken) is { HasValue: true, Value: string text } ? FormattedType(compilation, text)
            : null;
    }

    // "words.Sort()", "busy.Contains(hour)", "open.Count": a member no value type takes but a list has: a list of the item an
    // argument is (the T of Add(T), Contains(T), IndexOf(T), Remove(T)), else of what the other uses give, else (only shown)
    // of strings.
    private static ITypeSymbol? ListWithMember(MemberAccessExpressionSyntax access, SemanticModel model, bool loose, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        string name = access.Name.Identifier.ValueText;
        ArgumentListSyntax? arguments = Arguments(access);
        if (compilation.GetTypeByMetadataName("System.Collections.Generic.List`1") is not { } list
            || !list.GetMembers(name).Any(IsInstance)
            || Scalars.Any(scalar => Accepts(compilation.GetSpecialType(scalar), name, arguments, model, cancellationToken)))
        {
            return null;
        }

        foreach (IMethodSymbol method in list.GetMembers(name).OfType<IMethodSymbol>().Where(IsInstance))
        {
            for (int i = 0; arguments is not null && i < Math.Min(method.Parameters.Length, arguments.Arguments.Count); i++)
            {
                if (method.Parameters[i].Type is ITypeParameterSymbol
                    && model.GetTypeInfo(arguments.Arguments[i].Expression, cancellationToken).Type is { } item && LiteralTypeSymbols.From(item) is not null)
                {
                    return list.Construct(item);
                }
            }
        }

        return loose ? list.Construct(compilation.GetSpecialType(SpecialType.System_String)) : null;
    }

    private static ArgumentListSyntax? Arguments(MemberAccessExpressionSyntax access) =>
        access.Parent is InvocationExpressionSyntax call && call.Expression == access ? call.ArgumentList : null;

    private static bool IsInstance(ISymbol member) => !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public;

    // The type has an instance member of that name: a property or field when not called, else a method these arguments
    // can be given to (an argument whose type is not known yet is not checked).
    private static bool Accepts(ITypeSymbol type, string name, ArgumentListSyntax? arguments, SemanticModel model, CancellationToken cancellationToken) =>
        type.GetMembers(name).Where(IsInstance).Any(member => arguments is null
            ? member is IPropertySymbol or IFieldSymbol
            : member is IMethodSymbol method && Binds(method, arguments, model, cancellationToken));

    private static bool Binds(IMethodSymbol method, ArgumentListSyntax arguments, SemanticModel model, CancellationToken cancellationToken)
    {
        var parameters = method.Parameters;
        int count = arguments.Arguments.Count;
        bool hasParams = parameters.Length > 0 && parameters[^1].IsParams;
        if ((count > parameters.Length && !hasParams) || parameters.Skip(count).Any(p => !p.IsOptional && !p.IsParams))
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (model.GetTypeInfo(arguments.Arguments[i].Expression, cancellationToken).Type is not { TypeKind: not TypeKind.Error } argument)
            {
                continue;
            }

            IParameterSymbol parameter = parameters[Math.Min(i, parameters.Length - 1)];
            bool fits = model.Compilation.ClassifyCommonConversion(argument, parameter.Type).IsImplicit
                || (parameter.IsParams && parameter.Type is IArrayTypeSymbol array && model.Compilation.ClassifyCommonConversion(argument, array.ElementType).IsImplicit);
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    // The type a format formats: a date format ("MM/dd/yyyy", "yyyy-MM-dd", "MMM d") a DateTime, an integer one ("D2", "X4")
    // an int, another numeric one ("F2", "N0", "0.00", "#,##0") a double; a one-letter format several types have ("d", "G"),
    // none.
    private static ITypeSymbol? FormattedType(Compilation compilation, string format)
    {
        if (format.Length < 2)
        {
            return null;
        }

        if (format.Length <= 3 && char.IsAsciiLetter(format[0]) && format.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false)
        {
            return compilation.GetSpecialType(char.ToUpperInvariant(format[0]) is 'D' or 'X' or 'B' ? SpecialType.System_Int32 : SpecialType.System_Double);
        }

        if (format.AsSpan().IndexOfAny('0', '#') >= 0)
        {
            return compilation.GetSpecialType(SpecialType.System_Double);
        }

        return format.AsSpan().IndexOfAny("yMdHhms") >= 0 ? compilation.GetSpecialType(SpecialType.System_DateTime) : null;
    }

    // The key or position an indexer takes: an array's or a list's int, a dictionary's key type.
    private static ITypeSymbol? IndexerParameter(ITypeSymbol collection) =>
        collection is IArrayTypeSymbol { Rank: 1 } ? null
            : collection.GetMembers(WellKnownMemberNames.Indexer).OfType<IPropertySymbol>()
                .Where(indexer => indexer.Parameters.Length == 1 && !indexer.IsStatic)
                .Select(indexer => indexer.Parameters[0].Type)
                .Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)
                .SingleOrDefault();

    private static bool HasError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error or TypeKind.TypeParameter } => true,
        IArrayTypeSymbol array => HasError(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(HasError),
        _ => false,
    };

    private static bool IsIntLiteral(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { Token.Value: int };

    // An operand of + that is a string or a sum with a string in it: "a + \" / \"" while a has no type yet.
    private static bool IsConcatenation(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => IsConcatenation(parenthesized.Expression, model, cancellationToken),
        BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression)
            => IsConcatenation(sum.Left, model, cancellationToken) || IsConcatenation(sum.Right, model, cancellationToken),
        _ => model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String,
    };

    // The LINQ or List method a lambda is given to: "xs.Count(x => ...)" Count.
    private static string? LambdaMethod(LambdaExpressionSyntax lambda) =>
        lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } } }
            ? member.Name.Identifier.ValueText
            : null;

    private static readonly HashSet<string> Predicates = new(StringComparer.Ordinal)
    {
        "Where", "Count", "LongCount", "Any", "All", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault",
        "TakeWhile", "SkipWhile", "Exists", "Find", "FindAll", "FindIndex", "FindLast", "FindLastIndex", "RemoveAll", "TrueForAll",
    };

    private static readonly HashSet<string> OrderingKeys = new(StringComparer.Ordinal)
    {
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "MaxBy", "MinBy",
    };

    private static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression
        or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression;

    // Console.WriteLine(F(x)), G(F(x)) with G emulated too, string.Format("{0}", F(x)): calls that take any value (as an
    // object) and only show it.
    private static bool ShowsItsArguments(InvocationExpressionSyntax outer, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(outer, cancellationToken);
        if (outer.Expression is IdentifierNameSyntax && info.Symbol is null && info.CandidateSymbols.IsEmpty)
        {
            return true;
        }

        var methods = (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>().ToList();
        int index = ((ArgumentListSyntax)argument.Parent!).Arguments.IndexOf(argument);
        return methods.Count > 0
            && (methods.All(m => m.Name is "Write" or "WriteLine" && m.ContainingType is { Name: "Console", ContainingNamespace.Name: "System" })
                || methods.Any(m => ParameterAt(m, index) is { SpecialType: SpecialType.System_Object }));
    }

    // The type an argument at this position is given as: the parameter's, or a params array's item.
    private static ITypeSymbol? ParameterAt(IMethodSymbol method, int index) =>
        index < method.Parameters.Length && !method.Parameters[index].IsParams ? method.Parameters[index].Type
            : method.Parameters is [.., { IsParams: true, Type: IArrayTypeSymbol array }] && index >= method.Parameters.Length - 1 ? array.ElementType
            : null;

    // "list.Add(F(x))": the parameter's type when every candidate of the outer call agrees on it. "Math.Round(F(x), 2)",
    // "int m = Math.Max(F(x), 3)": when the candidates differ only in the number they take, the number the outer call's
    // result is used as, else double.
    private static ITypeSymbol? OnlyParameterType(InvocationExpressionSyntax outer, ArgumentSyntax argument, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
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
        if (candidates.Count > 1 && candidates.All(IsNumeric))
        {
            ITypeSymbol? used = Target(outer, model, hops, level, cancellationToken);
            return candidates.FirstOrDefault(c => SymbolEqualityComparer.Default.Equals(c, used))
                ?? candidates.FirstOrDefault(c => c.SpecialType == SpecialType.System_Double);
        }

        return candidates.Count == 1 && candidates[0] is { TypeKind: not TypeKind.Error and not TypeKind.TypeParameter, SpecialType: not SpecialType.System_Object } type ? type : null;
    }

    private static bool IsNumeric(ITypeSymbol type) =>
        type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double or SpecialType.System_Decimal;

    // "xs.Select(x => F(x)).ToList()" used as List<bool>: the item type; "int total = xs.Sum(x => F(x))": the number the
    // result is used as (double when a Sum or an Average is used as no number).
    // "scores.Where(s => s > 0.5)", "ranks.Zip(rest, (x, y) => x <= y)": a list of what the lambda's first parameter, an
    // item of the sequence, is used as.
    private static ITypeSymbol? FromItemLambda(InvocationExpressionSyntax linq, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        foreach (ArgumentSyntax argument in linq.ArgumentList.Arguments)
        {
            ParameterSyntax? item = argument.Expression switch
            {
                SimpleLambdaExpressionSyntax simple => simple.Parameter,
                ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var first, ..] } => first,
                _ => null,
            };
            if (item is null || model.GetDeclaredSymbol(item, cancellationToken) is not { } parameter)
            {
                continue;
            }

            // "ranks.First(kv => kv.Value == 3).Key": a dictionary.
            if (argument.Expression is LambdaExpressionSyntax lambda && FromPairValue(parameter, lambda.Body, model, hops, level, cancellationToken) is { } dictionary)
            {
                return dictionary;
            }

            if (FromUses(parameter, item, model, hops, level, cancellationToken) is { } type && LiteralTypeSymbols.From(type) is not null)
            {
                return model.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(type);
            }
        }

        return null;
    }

    // "int oldest = ages.Max()", "var total = ages.Sum()": a list of what the aggregate is used as (a Sum or an Average used
    // as no number: double, as for their lambdas).
    private static ITypeSymbol? FromAggregate(InvocationExpressionSyntax aggregate, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        if (aggregate is not { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method }, ArgumentList.Arguments.Count: 0 }
            || method is not ("Max" or "Min" or "Sum" or "Average" or "First" or "Last" or "Single" or "FirstOrDefault" or "LastOrDefault"))
        {
            return null;
        }

        ITypeSymbol? used = Target(aggregate, model, hops, level, cancellationToken);
        ITypeSymbol? item = method is "Sum" or "Average"
            ? IsNumber(used) ? used : level >= Use.Number ? model.Compilation.GetSpecialType(SpecialType.System_Double) : null
            : LiteralTypeSymbols.From(used) is not null ? used : null;
        return item is null ? null : model.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(item);
    }

    // A lambda given to a generic method whose result is made of the lambda's results (the method's type parameter T: a T, a
    // T[], a List<T>): T is the item of what the method's result is used as.
    private static ITypeSymbol? FromGenericResult(LambdaExpressionSyntax lambda, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } list } argument)
        {
            return null;
        }

        int index = list.Arguments.IndexOf(argument);
        SymbolInfo info = model.GetSymbolInfo(outer, cancellationToken);
        foreach (IMethodSymbol candidate in (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>())
        {
            IMethodSymbol method = candidate.ConstructedFrom;
            if (index >= method.Parameters.Length
                || method.Parameters[index].Type is not INamedTypeSymbol { DelegateInvokeMethod.ReturnType: ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } result })
            {
                continue;
            }

            ITypeSymbol? used = Target(outer, model, hops, level, cancellationToken);
            ITypeSymbol? item = (method.ReturnType, used) switch
            {
                (ITypeParameterSymbol same, _) when SymbolEqualityComparer.Default.Equals(same, result) => used,
                (IArrayTypeSymbol { ElementType: var element }, IArrayTypeSymbol array) when SymbolEqualityComparer.Default.Equals(element, result) => array.ElementType,
                (INamedTypeSymbol { TypeArguments: [var element] }, INamedTypeSymbol { TypeArguments: [var usedItem] }) when SymbolEqualityComparer.Default.Equals(element, result) => usedItem,
                _ => null,
            };
            if (item is { TypeKind: not TypeKind.Error } && LiteralTypeSymbols.From(item) is not null)
            {
                return item;
            }
        }

        return null;
    }

    private static (string Method, InvocationExpressionSyntax Call)? LinqProjection(LambdaExpressionSyntax lambda) =>
        lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } linq } }
            && member.Name.Identifier.ValueText is "Sum" or "Average" or "Min" or "Max" or "Select"
            ? (member.Name.Identifier.ValueText, linq)
            : null;

    private static ITypeSymbol? FromLinqResult(string method, InvocationExpressionSyntax linq, SemanticModel model, int hops, Use level, CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "Sum" or "Average" or "Min" or "Max":
                ITypeSymbol? used = Target(linq, model, hops, level, cancellationToken);
                return IsNumber(used) ? used
                    : level >= Use.Number && method is "Sum" or "Average" ? model.Compilation.GetSpecialType(SpecialType.System_Double)
                    : null;
            case "Select":
                ExpressionSyntax sequence = linq;
                if (linq.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToList" or "ToArray" or "ToHashSet" } to
                    && to.Expression == linq && to.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } materialized)
                {
                    sequence = materialized;
                }

                return Target(sequence, model, hops, level, cancellationToken) switch
                {
                    IArrayTypeSymbol array => array.ElementType,
                    INamedTypeSymbol { TypeArguments: [var item] } named when LiteralTypeSymbols.From(named)?.Kind is LiteralKind.List or LiteralKind.Set => item,
                    _ => null,
                };
            default:
                return null;
        }
    }
}
