using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The bytes a value of a type takes where it is stored (an array element, a field, a local): 8 for a
/// reference, for framework value types what <see cref="OfFrameworkStruct"/> says (the runtime's gate asks the
/// host's runtime, which runs the very assemblies scripts compile against), the sum of the fields for the script's own structs, tuples and generic
/// instantiations. Null when it depends on a type parameter (the guard then asks at run time).
/// </summary>
internal class TypeSizes
{
    /// <summary>Bytes of a reference.</summary>
    protected const int Reference = 8;

    /// <summary>Deepest nesting of value types followed before a size counts as huge.</summary>
    protected const int MaxNesting = 64;
    private readonly Dictionary<ITypeSymbol, long?> known = new(SymbolEqualityComparer.Default);

    /// <summary>Bytes of a stored value of <paramref name="type"/>, or null when a type parameter decides it.</summary>
    public long? Of(ITypeSymbol type) => Of(type, 0);

    private long? Of(ITypeSymbol type, int nesting)
    {
        if (known.TryGetValue(type, out long? size))
        {
            return size;
        }

        size = Compute(type, nesting);
        known[type] = size;
        return size;
    }

    private long? Compute(ITypeSymbol type, int nesting)
    {
        if (type is ITypeParameterSymbol)
        {
            return null;
        }

        if (!type.IsValueType || type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            return Reference;
        }

        if (nesting > MaxNesting)
        {
            return long.MaxValue / 4;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte:
                return 1;
            case SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16:
                return 2;
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single:
                return 4;
            case SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return 8;
            case SpecialType.System_Decimal:
                return 16;
        }

        if (type is not INamedTypeSymbol named)
        {
            return Reference;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return named.EnumUnderlyingType is { } underlying ? Of(underlying, nesting + 1) : 4;
        }

        return named.Locations.Any(l => l.IsInSource) ? OfSourceStruct(named, nesting) : OfFrameworkStruct(named, nesting);
    }

    /// <summary>A struct of the script: its instance fields (auto-property backing fields included), or its inline array.</summary>
    protected long? OfSourceStruct(INamedTypeSymbol type, int nesting)
    {
        IFieldSymbol[] fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst).ToArray();
        long total = 0;
        foreach (IFieldSymbol field in fields)
        {
            if (Of(field.Type, nesting + 1) is not { } size)
            {
                return null;
            }

            total = Add(total, size);
        }

        AttributeData? inline = type.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: "InlineArrayAttribute" });
        if (inline is { ConstructorArguments.Length: 1 } && inline.ConstructorArguments[0].Value is int length)
        {
            total = total > long.MaxValue / Math.Max(1, length) ? long.MaxValue / 4 : total * length;
        }

        return Math.Max(total, 1);
    }

    /// <summary>
    /// A struct from a referenced assembly. Here: its visible fields (at least one reference), what metadata shows;
    /// the runtime's gate overrides this with the exact size the host's runtime reports.
    /// </summary>
    protected virtual long? OfFrameworkStruct(INamedTypeSymbol type, int nesting) =>
        OfSourceStruct(type, nesting) is { } visible ? Math.Max(visible, Reference) : null;

    /// <summary>A type argument's size, for overrides that walk a generic definition's fields.</summary>
    protected long? OfArgument(ITypeSymbol type, int nesting) => Of(type, nesting);

    /// <summary>Every type argument of a type and of its containing types, outermost first.</summary>
    protected static ITypeSymbol[] AllTypeArguments(INamedTypeSymbol type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            chain.Push(current);
        }

        return chain.SelectMany(t => t.TypeArguments).ToArray();
    }

    /// <summary>Adds a field of <paramref name="size"/> bytes, aligned to its own size up to 8.</summary>
    protected static long Add(long total, long size)
    {
        // Each field aligned to its own size, up to 8 bytes: an upper bound of the runtime's layout.
        long aligned = size >= 8 ? (size + 7) & ~7L : size;
        return total > long.MaxValue / 4 - aligned ? long.MaxValue / 4 : total + aligned;
    }
}
