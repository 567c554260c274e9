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

    /// <summary>The call with its key sequences (arguments, or an extension's receiver) passing a checkpoint per item.</summary>
    private static InvocationExpressionSyntax KeyedSequences(IInvocationOperation invocation, InvocationExpressionSyntax node, InvocationExpressionSyntax visited)
    {
        if (!WalksKeys(invocation.TargetMethod, invocation.Arguments))
        {
            return visited;
        }

        ArgumentListSyntax list = KeyedArguments(invocation.Arguments, node.ArgumentList, visited.ArgumentList);
        if (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is { } source
            && source.Syntax is not ArgumentSyntax && IsKeySequence(source) && visited.Expression is MemberAccessExpressionSyntax access && !StartsWithBinding(access.Expression))
        {
            visited = visited.WithExpression(access.WithExpression(GuardCall("Keys", access.Expression, null)));
        }

        return visited.WithArgumentList(list);
    }

    private static ArgumentListSyntax KeyedCreation(IObjectCreationOperation creation, ArgumentListSyntax original, ArgumentListSyntax visited) =>
        creation.Constructor is not { } constructor || !WalksKeys(constructor, creation.Arguments)
            ? visited
            : KeyedArguments(creation.Arguments, original, visited);

    /// <summary>
    /// A collection expression: its spreads are checked together (<see cref="SpreadsChecked"/>), and when it makes a hash
    /// collection its spread items pass a checkpoint each (the compiler adds them in a loop of its own).
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

    // A hash collection's member, a hashing operator, or any Enumerable operator handed a library method as its delegate
    // (keys.Count(set.Contains): no script code runs per item, and each call may walk a whole collision chain).
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
            || (name == "System.Linq.Enumerable" && ((HashingOperators.Contains(method.Name) && !KeyedByScript(arguments))
                || arguments.Any(a => a.Value is IDelegateCreationOperation { Target: IMethodReferenceOperation { Method.ContainingAssembly: not ISourceAssemblySymbol } })));
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
