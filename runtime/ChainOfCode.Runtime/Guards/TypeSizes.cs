using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>
/// The bytes a value of a type takes where it is stored (an array element, a field, a local): 8 for a
/// reference, the exact size for framework value types (the host runs the very assemblies scripts compile
/// against, so it asks the runtime), the sum of the fields for the script's own structs, tuples and generic
/// instantiations. Null when it depends on a type parameter (the guard then asks at run time).
/// </summary>
internal sealed class TypeSizes
{
    private const int Reference = 8;
    private const int MaxNesting = 64;
    private static readonly ConcurrentDictionary<Type, long> FrameworkSizes = new();
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
    private long? OfSourceStruct(INamedTypeSymbol type, int nesting)
    {
        IFieldSymbol[] fields = [.. type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)];
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
        if (inline is { ConstructorArguments: [{ Value: int length }] })
        {
            total = total > long.MaxValue / Math.Max(1, length) ? long.MaxValue / 4 : total * length;
        }

        return Math.Max(total, 1);
    }

    /// <summary>A framework struct: exact from the runtime; a generic one from its fields with the type arguments' sizes.</summary>
    private long? OfFrameworkStruct(INamedTypeSymbol type, int nesting)
    {
        Type? definition = Resolve(type.OriginalDefinition);
        if (definition is null)
        {
            // Not a framework type the host can load: count its visible fields (at least one reference).
            return OfSourceStruct(type, nesting) is { } visible ? Math.Max(visible, Reference) : null;
        }

        if (!definition.IsGenericTypeDefinition)
        {
            return RuntimeSize(definition);
        }

        ITypeSymbol[] arguments = AllTypeArguments(type);
        return OfGenericFields(definition, arguments, nesting);
    }

    private long? OfGenericFields(Type definition, IReadOnlyList<ITypeSymbol> arguments, int nesting)
    {
        long total = 0;
        foreach (FieldInfo field in definition.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if (OfField(field.FieldType, definition, arguments, nesting + 1) is not { } size)
            {
                return null;
            }

            total = Add(total, size);
        }

        if (definition.GetCustomAttribute<InlineArrayAttribute>() is { } inline)
        {
            total = total > long.MaxValue / Math.Max(1, inline.Length) ? long.MaxValue / 4 : total * inline.Length;
        }

        return Math.Max(total, 1);
    }

    private long? OfField(Type fieldType, Type owner, IReadOnlyList<ITypeSymbol> arguments, int nesting)
    {
        if (nesting > MaxNesting)
        {
            return long.MaxValue / 4;
        }

        if (fieldType.IsGenericParameter)
        {
            return fieldType.DeclaringMethod is null && fieldType.GenericParameterPosition < arguments.Count
                ? Of(arguments[fieldType.GenericParameterPosition], nesting)
                : null;
        }

        if (!fieldType.IsValueType || fieldType.IsPointer)
        {
            return Reference;
        }

        if (!fieldType.ContainsGenericParameters)
        {
            return RuntimeSize(fieldType);
        }

        // A generic struct field over the owner's parameters (KeyValuePair<TKey, TValue> in an enumerator).
        Type inner = fieldType.GetGenericTypeDefinition();
        long total = 0;
        Type[] innerArguments = fieldType.GetGenericArguments();
        foreach (FieldInfo field in inner.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            Type substituted = field.FieldType;
            long? size = substituted.IsGenericParameter && substituted.GenericParameterPosition < innerArguments.Length
                ? OfField(innerArguments[substituted.GenericParameterPosition], owner, arguments, nesting + 1)
                : substituted.ContainsGenericParameters ? Reference * 4 : OfField(substituted, owner, arguments, nesting + 1);
            if (size is not { } known)
            {
                return null;
            }

            total = Add(total, known);
        }

        return Math.Max(total, 1);
    }

    /// <summary>The runtime's size of a closed framework value type (a ref struct such as Span counts as two references).</summary>
    private static long RuntimeSize(Type type) => FrameworkSizes.GetOrAdd(type, static t =>
    {
        try
        {
            return RuntimeHelpers.SizeOf(t.TypeHandle);
        }
        catch (ArgumentException)
        {
            return 2 * Reference;
        }
    });

    private static ITypeSymbol[] AllTypeArguments(INamedTypeSymbol type)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            chain.Push(current);
        }

        return [.. chain.SelectMany(t => t.TypeArguments)];
    }

    /// <summary>The host's own <see cref="Type"/> of a framework type definition, or null.</summary>
    private static Type? Resolve(INamedTypeSymbol definition)
    {
        string? assembly = definition.ContainingAssembly?.Identity.Name;
        if (assembly is null)
        {
            return null;
        }

        string name = definition.MetadataName;
        for (INamedTypeSymbol? outer = definition.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
            definition = outer;
        }

        string ns = definition.ContainingNamespace is { IsGlobalNamespace: false } space ? space.ToDisplayString() + "." : string.Empty;
        try
        {
            return Assembly.Load(assembly).GetType(ns + name, throwOnError: false);
        }
        catch (Exception e) when (e is System.IO.IOException or BadImageFormatException or ArgumentException)
        {
            return null;
        }
    }

    private static long Add(long total, long size)
    {
        // Each field aligned to its own size, up to 8 bytes: an upper bound of the runtime's layout.
        long aligned = size >= 8 ? (size + 7) & ~7L : size;
        return total > long.MaxValue / 4 - aligned ? long.MaxValue / 4 : total + aligned;
    }
}
