using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Shapes that would overflow the run's stack below every guard: the stack probe runs at a call's entry, after
/// the callee's frame is already on the stack, so a frame must be small next to the probe's margin (128 KiB).
/// Refused: a value type over <see cref="MaxValueTypeBytes"/> (library code copies it too), a frame over
/// <see cref="MaxFrameBytes"/> (locals, parameters, large temporaries, stackalloc), and a call to the script's
/// own generic code whose type argument wraps a type parameter in a value type (each recursive call doubles it) or
/// holds type parameters more than once (each recursive call doubles the type: its name, which the runtime builds in one
/// call wherever it prints the type, grows exponentially with the depth of the recursion).
/// </summary>
internal static class StackShapes
{
    /// <summary>Largest value type a script may use.</summary>
    public const int MaxValueTypeBytes = 16 * 1024;

    /// <summary>Largest stack frame of one of the script's methods, lambdas or accessors.</summary>
    public const int MaxFrameBytes = 64 * 1024;

    // Smaller temporaries live in registers or small slots; only large ones are counted in a frame.
    private const int CountedTemporaryBytes = 64;

    public static IEnumerable<(Location Location, string Message)> Find(SyntaxTree tree, SemanticModel model, TypeSizes sizes, CancellationToken cancellationToken)
    {
        var frames = new Dictionary<SyntaxNode, long>();
        var reported = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var generics = new GenericArguments();
        SyntaxNode root = tree.GetRoot(cancellationToken);
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            (ITypeSymbol? type, long count) = Stored(node, model, sizes, cancellationToken);
            if (type is not null && type.IsValueType && sizes.Of(type) is { } size)
            {
                if (size > MaxValueTypeBytes && reported.Add(type))
                {
                    yield return (node.GetLocation(), $"'{Name(type)}' takes about {size} bytes; a value type may take at most {MaxValueTypeBytes} (a few calls would overflow the stack).");
                }

                SyntaxNode owner = FrameOf(node);
                frames[owner] = (frames.TryGetValue(owner, out long frame) ? frame : 0) + (size * count);
            }

            if (Grows(node, model, generics, cancellationToken) is { } growing)
            {
                yield return (node.GetLocation(), generics.WrapsInValueType(growing)
                    ? $"The type argument '{generics.Name(growing)}' wraps a type parameter in a value type: each recursive call would double it. Use a class or pass the value as a parameter."
                    : $"The type argument '{generics.Name(growing)}' holds type parameters more than once: each recursive call would double the type, and its name grows exponentially. Pass the values as parameters or use one type parameter per level.");
            }
        }

        foreach (KeyValuePair<SyntaxNode, long> pair in frames)
        {
            SyntaxNode owner = pair.Key;
            long frame = pair.Value;
            if (frame > MaxFrameBytes)
            {
                SyntaxNode at = owner is CompilationUnitSyntax unit ? unit.Members.FirstOrDefault() ?? owner : owner;
                yield return (at.GetFirstToken().GetLocation(), $"This code needs about {frame} bytes of stack per call; the limit is {MaxFrameBytes}. Keep large data in arrays or classes.");
            }
        }
    }

    /// <summary>What a node puts on the stack: a local or parameter, a large temporary, or a stackalloc's elements.</summary>
    private static (ITypeSymbol? Type, long Count) Stored(SyntaxNode node, SemanticModel model, TypeSizes sizes, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ForEachStatementSyntax or CatchDeclarationSyntax or ParameterSyntax:
                ISymbol? declared = model.GetDeclaredSymbol(node, cancellationToken);
                return (declared switch { ILocalSymbol local => local.Type, IParameterSymbol parameter => parameter.Type, _ => null }, 1);
            case StackAllocArrayCreationExpressionSyntax stackAlloc:
                ITypeSymbol? element = model.GetTypeInfo(stackAlloc.Type, cancellationToken).Type is IArrayTypeSymbol array ? array.ElementType : null;
                Optional<object?> length = stackAlloc.Type is ArrayTypeSyntax { RankSpecifiers: { Count: 1 } ranks } && ranks[0].Sizes.Count == 1 ? model.GetConstantValue(ranks[0].Sizes[0], cancellationToken) : default;
                return (element, length is { HasValue: true, Value: int n } ? n : stackAlloc.Initializer?.Expressions.Count ?? 0);
            case InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or CastExpressionSyntax or ConditionalExpressionSyntax
                or TupleExpressionSyntax or DefaultExpressionSyntax or LiteralExpressionSyntax or BinaryExpressionSyntax
                or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or SwitchExpressionSyntax or ElementAccessExpressionSyntax
                or MemberAccessExpressionSyntax:
                if (node is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } && invocation.Expression == node)
                {
                    // What a call invokes is a method group (no type) or a delegate (a class), never a value type; and asking
                    // the model about it binds the whole statement again (a method group is not kept in its bound tree).
                    return (null, 0);
                }

                ITypeSymbol? value = model.GetTypeInfo(node, cancellationToken).Type;
                if (value is not { IsValueType: true })
                {
                    // Only a value type takes room on the stack (Find counts nothing else): no symbol to look up.
                    return (null, 0);
                }

                if (node is MemberAccessExpressionSyntax && model.GetSymbolInfo(node, cancellationToken).Symbol is not IPropertySymbol)
                {
                    // A field is read in place; a property getter returns a copy.
                    return (value, 0);
                }

                return (value, sizes.Of(value) >= CountedTemporaryBytes ? 1 : 0);
            default:
                return (null, 0);
        }
    }

    /// <summary>The method, accessor, lambda or local function whose frame holds a node (the compilation unit for top-level code).</summary>
    private static SyntaxNode FrameOf(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
                or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } or CompilationUnitSyntax)
            {
                return node is ParameterSyntax && current is ParameterListSyntax ? current.Parent! : current;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    /// <summary>
    /// A type argument of a call to (or a use of) the script's own generic code that wraps a type parameter in a value type
    /// or holds type parameters more than once.
    /// </summary>
    private static ITypeSymbol? Grows(SyntaxNode node, SemanticModel model, GenericArguments generics, CancellationToken cancellationToken)
    {
        if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or GenericNameSyntax))
        {
            return null;
        }

        ISymbol? symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
        IEnumerable<ITypeSymbol> arguments = symbol switch
        {
            IMethodSymbol method when IsSource(method) => method.TypeArguments.Concat(TypeArgumentsOf(method.ContainingType)),
            INamedTypeSymbol type when IsSource(type) => TypeArgumentsOf(type),
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
        return arguments.FirstOrDefault(a => generics.WrapsInValueType(a) || (a is not ITypeParameterSymbol && generics.Occurrences(a) > 1));
    }

    private static string Name(ITypeSymbol type)
    {
        string name = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return name.Length <= 60 ? name : name.Substring(0, 57) + "...";
    }

    private static bool IsSource(ISymbol symbol) => symbol.OriginalDefinition.Locations.Any(l => l.IsInSource);

    private static IEnumerable<ITypeSymbol> TypeArgumentsOf(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            foreach (ITypeSymbol argument in type.TypeArguments)
            {
                yield return argument;
            }
        }
    }

    /// <summary>
    /// What the type arguments of the script's generic code hold, each type walked once: a type inferred from values
    /// (<c>var b = Tuple.Create(a, a);</c> repeated) is a graph whose every level is shared, and a walk of its tree would take
    /// time exponential in its depth.
    /// </summary>
    private sealed class GenericArguments
    {
        // A type parameter's occurrences in a type, counted up to 2 (all the rule asks).
        private readonly Dictionary<ITypeSymbol, int> occurrences = new(SymbolEqualityComparer.Default);

        private readonly Dictionary<ITypeSymbol, bool> wrapsInValueType = new(SymbolEqualityComparer.Default);

        private readonly Dictionary<ITypeSymbol, int> sizes = new(SymbolEqualityComparer.Default);

        public int Occurrences(ITypeSymbol type)
        {
            if (type is ITypeParameterSymbol)
            {
                return 1;
            }

            if (occurrences.TryGetValue(type, out int known))
            {
                return known;
            }

            int count = 0;
            foreach (ITypeSymbol part in Parts(type))
            {
                count = Math.Min(2, count + Occurrences(part));
            }

            occurrences[type] = count;
            return count;
        }

        public bool WrapsInValueType(ITypeSymbol type)
        {
            if (type is not (INamedTypeSymbol or IArrayTypeSymbol))
            {
                return false;
            }

            if (wrapsInValueType.TryGetValue(type, out bool known))
            {
                return known;
            }

            bool wraps = Parts(type).Any(part => (type is INamedTypeSymbol { IsValueType: true, IsGenericType: true } && part is ITypeParameterSymbol) || WrapsInValueType(part));
            wrapsInValueType[type] = wraps;
            return wraps;
        }

        /// <summary>The type as the message shows it: its display string when small, else its name.</summary>
        public string Name(ITypeSymbol type) => Size(type) <= 16 ? StackShapes.Name(type) : type.Name + "<...>";

        // The type's parts counted as a tree, up to 17.
        private int Size(ITypeSymbol type)
        {
            if (sizes.TryGetValue(type, out int known))
            {
                return known;
            }

            int size = 1;
            foreach (ITypeSymbol part in Parts(type))
            {
                size = Math.Min(17, size + Size(part));
            }

            sizes[type] = size;
            return size;
        }

        /// <summary>
        /// The types a type is built from: an array's element, a generic type's arguments (its containing types' too), an
        /// anonymous type's property types (it is generic over them at run time).
        /// </summary>
        private static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => new[] { array.ElementType },
            INamedTypeSymbol { IsAnonymousType: true } anonymous => anonymous.GetMembers().OfType<IPropertySymbol>().Select(p => p.Type),
            INamedTypeSymbol named => TypeArgumentsOf(named),
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
    }
}
