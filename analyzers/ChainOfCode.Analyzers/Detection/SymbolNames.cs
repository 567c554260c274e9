using System;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>Compares symbols with dotted documentation-ID names without building strings.</summary>
internal static class SymbolNames
{
    /// <summary>True when the type's full dotted name (namespaces and containing types joined by '.') is <paramref name="fullName"/>.</summary>
    public static bool Matches(ISymbol symbol, string fullName) => Matches(symbol, fullName, fullName.Length);

    /// <summary>Compares <paramref name="symbol"/> with <c>fullName[0..end)</c>.</summary>
    public static bool Matches(ISymbol symbol, string fullName, int end)
    {
        ISymbol? current = symbol;
        while (true)
        {
            if (current is null || current is INamespaceSymbol { IsGlobalNamespace: true })
            {
                return false;
            }

            string name = current is INamedTypeSymbol type ? type.MetadataName : current.Name;
            int start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            ISymbol? container = current.ContainingSymbol;
            if (start == 0)
            {
                return container is null || container is INamespaceSymbol { IsGlobalNamespace: true };
            }

            if (fullName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
            current = container;
        }
    }

    /// <summary>The last dotted segment of a name: <c>System.IO.File</c> gives <c>File</c>.</summary>
    public static string LastSegment(string fullName)
    {
        int dot = fullName.LastIndexOf('.');
        return dot < 0 ? fullName : fullName.Substring(dot + 1);
    }

    /// <summary>A member's name as the symbol spells it: <c>#ctor</c> is <c>.ctor</c>, a generic method's <c>``1</c> is dropped.</summary>
    public static string NormalizeMemberName(string name)
    {
        int ticks = name.IndexOf("``", StringComparison.Ordinal);
        if (ticks >= 0)
        {
            name = name.Substring(0, ticks);
        }

        return name.Length > 0 && name[0] == '#' ? "." + name.Substring(1) : name;
    }
}
