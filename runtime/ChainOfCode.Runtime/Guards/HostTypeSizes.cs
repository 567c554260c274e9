using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>
/// <see cref="TypeSizes"/> with exact sizes of framework value types: the host runs the very assemblies scripts
/// compile against, so it asks its own runtime.
/// </summary>
internal sealed class HostTypeSizes : TypeSizes
{
    private static readonly ConcurrentDictionary<Type, long> FrameworkSizes = new();

    /// <summary>A framework struct: exact from the runtime; a generic one from its fields with the type arguments' sizes.</summary>
    protected override long? OfFrameworkStruct(INamedTypeSymbol type, int nesting)
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
                ? OfArgument(arguments[fieldType.GenericParameterPosition], nesting)
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
}
