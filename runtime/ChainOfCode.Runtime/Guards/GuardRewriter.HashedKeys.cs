using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Sequences given to one library call that builds or merges a hash collection pass a checkpoint per item
/// (<c>__cocRun.Keys(sequence)</c>): keys the script built to collide under the default hash (a long's is
/// <c>(int)x ^ (int)(x &gt;&gt; 32)</c>, not randomized) make each insertion walk every key before it, so one such call
/// does quadratic work; with a checkpoint after each insertion it ends at the deadline instead of being abandoned.
/// </summary>
internal sealed partial class GuardRewriter
{
    // The Enumerable operators that put their items (or their keys) into a hash set, dictionary or lookup.
    private static readonly ImmutableHashSet<string> HashingOperators =
    [
        "Distinct", "DistinctBy", "ToHashSet", "ToDictionary", "ToLookup", "GroupBy", "GroupJoin", "Join", "LeftJoin", "RightJoin",
        "Union", "UnionBy", "Intersect", "IntersectBy", "Except", "ExceptBy", "CountBy", "AggregateBy",
    ];

    // The hash collections (the outermost type's metadata name): every member that takes a sequence adds, finds or removes its items.
    private static readonly ImmutableHashSet<string> HashCollections =
    [
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.OrderedDictionary`2", "System.Collections.Concurrent.ConcurrentDictionary`2",
        "System.Collections.Immutable.ImmutableHashSet", "System.Collections.Immutable.ImmutableHashSet`1", "System.Collections.Immutable.ImmutableDictionary",
        "System.Collections.Immutable.ImmutableDictionary`2", "System.Collections.Frozen.FrozenSet", "System.Collections.Frozen.FrozenDictionary",
    ];

    /// <summary>
    /// The call with its key sequences (arguments, or an extension's receiver) passing a checkpoint per item; an
    /// extension's receiver in a <c>?.</c> chain through the extension <c>__cocKeys</c> (<c>keys?.__cocKeys(__cocRun).Distinct()</c>).
    /// A set made of an array's span (<c>ImmutableHashSet.Create(keys)</c>): the same set made of the array as a sequence
    /// (<see cref="SetOfKeys"/>).
    /// </summary>
    private ExpressionSyntax KeyedSequences(IInvocationOperation invocation, InvocationExpressionSyntax node, InvocationExpressionSyntax visited)
    {
        if (!WalksKeys(invocation.TargetMethod, invocation.Arguments))
        {
            return visited;
        }

        if (SetOfArray(invocation, node, visited) is { } set)
        {
            return set;
        }

        ArgumentListSyntax list = KeyedArguments(invocation.Arguments, node.ArgumentList, visited.ArgumentList);
        if (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is { } source
            && source.Syntax is not ArgumentSyntax && IsKeySequence(source))
        {
            if (visited.Expression is MemberAccessExpressionSyntax access && !StartsWithBinding(access.Expression))
            {
                visited = visited.WithExpression(access.WithExpression(GuardCall("Keys", access.Expression, null)));
            }
            else if (ThroughChainExtension(visited.Expression, ScriptCalls.GuardedChainCalls.KeysName, ParseExpression(Guard)) is { } chained)
            {
                UsesScriptCalls = true;
                visited = visited.WithExpression(chained);
            }
        }

        return visited.WithArgumentList(list);
    }

    // ImmutableHashSet.Create or FrozenSet.Create of one array (bound to its span or array overload): the items reach the
    // set in one span, with no checkpoint, so the same set is made of the array as a sequence (SetOfKeys).
    private ExpressionSyntax? SetOfArray(IInvocationOperation invocation, InvocationExpressionSyntax node, InvocationExpressionSyntax visited)
    {
        ExpressionSyntax? Visited(IArgumentOperation? argument) =>
            argument?.Syntax is ArgumentSyntax syntax && node.ArgumentList.Arguments.IndexOf(syntax) is >= 0 and var index ? visited.ArgumentList.Arguments[index].Expression : null;

        IArgumentOperation? items = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "items" or "source");
        if (items is not { ArgumentKind: ArgumentKind.Explicit } || (items.Value is IConversionOperation conversion ? conversion.Operand : items.Value).Type is not IArrayTypeSymbol
            || Visited(items) is not { } array)
        {
            return null;
        }

        IArgumentOperation? comparer = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "equalityComparer");
        return SetOfKeys(invocation.TargetMethod, array, comparer is null ? null : Visited(comparer))?.WithTriviaFrom(visited);
    }

    /// <summary>
    /// <c>ImmutableHashSet.Create</c> or <c>FrozenSet.Create</c> of a span (a collection expression's builder, or a call
    /// given an array): the same set made of the items as a sequence that passes a checkpoint per key,
    /// <c>ImmutableHashSet.CreateRange&lt;T&gt;(comparer, __cocRun.Keys&lt;T&gt;(items))</c> or
    /// <c>FrozenSet.ToFrozenSet&lt;T&gt;(__cocRun.Keys&lt;T&gt;(items), comparer)</c>. Null for any other method, or an
    /// element type that cannot be named.
    /// </summary>
    private static ExpressionSyntax? SetOfKeys(IMethodSymbol create, ExpressionSyntax items, ExpressionSyntax? comparer)
    {
        if (create is not { Name: "Create", IsStatic: true, TypeArguments: [var element] } || !IsNameable(element))
        {
            return null;
        }

        string type = element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var keys = (InvocationExpressionSyntax)ParseExpression($"{Guard}.Keys<{type}>(x)");
        ArgumentSyntax keyed = Argument(keys.WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(items.WithoutTrivia())))));
        ArgumentSyntax[] arguments;
        string method;
        switch (MetadataName(create.ContainingType))
        {
            case "System.Collections.Immutable.ImmutableHashSet":
                method = $"global::System.Collections.Immutable.ImmutableHashSet.CreateRange<{type}>";
                arguments = comparer is null ? [keyed] : [Argument(comparer.WithoutTrivia()), keyed];
                break;
            case "System.Collections.Frozen.FrozenSet":
                method = $"global::System.Collections.Frozen.FrozenSet.ToFrozenSet<{type}>";
                arguments = comparer is null ? [keyed] : [keyed, Argument(comparer.WithoutTrivia())];
                break;
            default:
                return null;
        }

        var call = (InvocationExpressionSyntax)ParseExpression(method + "()");
        return call.WithArgumentList(ArgumentList(SeparatedList(arguments)));
    }

    private static ArgumentListSyntax KeyedCreation(IObjectCreationOperation creation, ArgumentListSyntax original, ArgumentListSyntax visited) =>
        creation.Constructor is not { } constructor || !WalksKeys(constructor, creation.Arguments)
            ? visited
            : KeyedArguments(creation.Arguments, original, visited);

    /// <summary>
    /// A collection expression: its spreads are checked together (<see cref="SpreadsChecked"/>), and when it makes a hash
    /// collection its spread items pass a checkpoint each: the compiler adds them in a loop of its own, or hands them to a
    /// collection builder in one span (<see cref="SetOfKeys"/>).
    /// </summary>
    public override SyntaxNode? VisitCollectionExpression(CollectionExpressionSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        var visited = (CollectionExpressionSyntax)base.VisitCollectionExpression(node)!;
        if (operation is not ICollectionExpressionOperation collection)
        {
            return visited;
        }

        visited = SpreadsChecked(collection, visited);
        if (collection.ConstructMethod is { IsStatic: true } builder && SetOfKeys(builder, visited, null) is { } set)
        {
            // A collection builder gets the items in one span, with no checkpoint (ImmutableHashSet<long> s = [.. keys];).
            return set.WithTriviaFrom(visited);
        }

        if (collection.Type is not INamedTypeSymbol type || !HashCollections.Contains(MetadataName(type)))
        {
            return visited;
        }

        var elements = visited.Elements.ToList();
        for (int i = 0; i < elements.Count && i < collection.Elements.Length; i++)
        {
            if (elements[i] is SpreadElementSyntax spread && collection.Elements[i] is ISpreadOperation { Operand.Type: { } spreadType } && HasOneSequenceType(spreadType))
            {
                elements[i] = spread.WithExpression(GuardCall("Keys", spread.Expression, null));
            }
        }

        return visited.WithElements(SeparatedList(elements, visited.Elements.GetSeparators()));
    }

    // The delegate shapes ScriptGuard.EachCall takes.
    private static readonly ImmutableHashSet<string> SteppedDelegates =
    [
        "System.Action", "System.Action`1", "System.Action`2", "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4",
        "System.Predicate`1", "System.Converter`2", "System.Comparison`1",
    ];

    /// <summary>
    /// A library method made a delegate (<c>list.RemoveAll(set.Contains)</c>, <c>Func&lt;long, bool&gt; add = set.Add;</c>,
    /// <c>keys.Count(set.Contains)</c>): <c>__cocRun.EachCall((D)(set.Contains))</c>, the same delegate with a checkpoint
    /// before each call. Whoever runs it per item (a <c>List</c> or <c>Array</c> method, a LINQ operator, a call through
    /// a variable), no script code runs between two calls, and a hash collection's method walks a whole chain of keys
    /// that collide at each one. Left as written where its delegate type has no <c>EachCall</c> or cannot be named.
    /// </summary>
    private ExpressionSyntax EachCallStepped(ExpressionSyntax node, ExpressionSyntax visited)
    {
        if (!MayBeMethodGroupValue(node)
            || model.GetOperation(node, cancellationToken) is not IMethodReferenceOperation { Method.ContainingAssembly: not ISourceAssemblySymbol, Parent: IDelegateCreationOperation { Type: INamedTypeSymbol type } }
            || !SteppedDelegates.Contains(MetadataName(type.OriginalDefinition)) || !IsNameable(type))
        {
            return visited;
        }

        ExpressionSyntax cast = CastExpression(ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)), ParenthesizedExpression(visited.WithoutTrivia()));
        return GuardCall("EachCall", cast, null).WithTriviaFrom(visited);
    }

    // Where a method group may be made a delegate (not a call's name, not a receiver).
    private static bool MayBeMethodGroupValue(ExpressionSyntax node) => node.Parent switch
    {
        ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or CastExpressionSyntax or ParenthesizedExpressionSyntax
            or InitializerExpressionSyntax or ExpressionElementSyntax or YieldStatementSyntax or AnonymousObjectMemberDeclaratorSyntax => true,
        AssignmentExpressionSyntax assignment => assignment.Right == node,
        ConditionalExpressionSyntax conditional => conditional.Condition != node,
        BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Right == node,
        _ => false,
    };

    private static bool IsNameable(ITypeSymbol type) => type switch
    {
        { IsAnonymousType: true } or IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        INamedTypeSymbol named => named.TypeArguments.All(IsNameable) && (named.ContainingType is null || IsNameable(named.ContainingType)),
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        _ => true,
    };

    private static ArgumentListSyntax KeyedArguments(ImmutableArray<IArgumentOperation> arguments, ArgumentListSyntax original, ArgumentListSyntax visited)
    {
        var replaced = visited.Arguments.ToList();
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Syntax is ArgumentSyntax syntax && syntax.RefKindKeyword.IsKind(SyntaxKind.None) && original.Arguments.IndexOf(syntax) is >= 0 and var index && IsKeySequence(argument))
            {
                replaced[index] = replaced[index].WithExpression(GuardCall("Keys", replaced[index].Expression, null));
            }
        }

        return visited.WithArguments(SeparatedList(replaced, visited.Arguments.GetSeparators()));
    }

    // A hash collection's member or a hashing operator (a library method handed to any call as its delegate passes a
    // checkpoint per call of its own: EachCallStepped).
    private static bool WalksKeys(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (method.ContainingAssembly is ISourceAssemblySymbol)
        {
            return false;
        }

        INamedTypeSymbol outermost = method.ContainingType;
        while (outermost.ContainingType is { } containing)
        {
            outermost = containing;
        }

        string name = MetadataName(outermost);
        return HashCollections.Contains(name)
            || (name == "System.Linq.Enumerable" && HashingOperators.Contains(method.Name) && !KeyedByScript(arguments));
    }

    // Every sequence's keys come from the script's own selectors (ToDictionary(k => k), GroupBy, Join's two): a selector is
    // called before each insertion and passes a checkpoint, so the call keeps its fast paths (an array's span).
    private static bool KeyedByScript(ImmutableArray<IArgumentOperation> arguments)
    {
        IArgumentOperation[] selectors = [.. arguments.Where(a => a.Parameter?.Name is "keySelector" or "outerKeySelector" or "innerKeySelector")];
        return selectors.Length > 0 && !arguments.Any(a => a.Parameter?.Name == "second") && selectors.All(a => a.Value is IDelegateCreationOperation
        {
            Target: IAnonymousFunctionOperation or IMethodReferenceOperation { Method.ContainingAssembly: ISourceAssemblySymbol },
        });
    }

    // An argument passed as a sequence (IEnumerable<T>, or a dictionary a constructor copies), whose own type is a sequence of one item type (so Keys infers it).
    private static bool IsKeySequence(IArgumentOperation argument) =>
        argument.Parameter?.Type.OriginalDefinition is INamedTypeSymbol { MetadataName: "IEnumerable`1" or "IDictionary`2" or "IReadOnlyDictionary`2" } parameter
        && parameter.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"
        && (argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value).Type is { } type
        && HasOneSequenceType(type);

    private static bool HasOneSequenceType(ITypeSymbol type) =>
        type.TypeKind != TypeKind.Dynamic && !type.IsRefLikeType
        && (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? 1 : 0)
            + type.AllInterfaces.Count(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) == 1;

    private static string MetadataName(INamedTypeSymbol type) => type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}
