using System;
using System.Collections.Generic;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>Decides whether a policy line names anything in a compilation (COC0091).</summary>
internal static class EntryResolver
{
    public static bool Resolves(PolicyEntry entry, Compilation compilation)
    {
        EntryShape shape = entry.Shape;
        switch (shape.Kind)
        {
            case EntryShapeKind.Namespace:
            case EntryShapeKind.NamespaceAndBelow:
                return FindContainers(compilation, shape.Container).Count > 0;

            case EntryShapeKind.Type:
                return FindContainers(compilation, shape.Container).Exists(s => s is INamedTypeSymbol);

            case EntryShapeKind.TypePrefix:
                foreach (INamespaceOrTypeSymbol container in shape.Container.Length == 0 ? new List<INamespaceOrTypeSymbol> { compilation.GlobalNamespace } : FindContainers(compilation, shape.Container))
                {
                    foreach (INamedTypeSymbol type in container.GetTypeMembers())
                    {
                        if (type.MetadataName.StartsWith(shape.Name, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }

                return false;

            case EntryShapeKind.Signature:
                return DocumentationCommentId.GetFirstSymbolForDeclarationId(shape.Signature!, compilation) is not null;
        }

        foreach (INamespaceOrTypeSymbol container in FindContainers(compilation, shape.Container))
        {
            if (container is not INamedTypeSymbol type)
            {
                continue;
            }

            if (shape.Kind == EntryShapeKind.AllMembers)
            {
                return true;
            }

            // A resolved line must name a member of its own kind (M: a method, P: a property, ...): a typo in
            // the kind is reported, even though the index would match the name.
            bool prefix = shape.Kind == EntryShapeKind.MemberPrefix;
            foreach (ISymbol candidate in type.GetMembers())
            {
                if (KindMatches(entry.Kind, candidate) && (prefix ? candidate.Name.StartsWith(shape.Name, StringComparison.Ordinal) : candidate.Name == shape.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool KindMatches(char kind, ISymbol symbol) => kind switch
    {
        'M' => symbol.Kind == SymbolKind.Method,
        'P' => symbol.Kind == SymbolKind.Property,
        'F' => symbol.Kind == SymbolKind.Field,
        'E' => symbol.Kind == SymbolKind.Event,
        _ => false,
    };

    /// <summary>The namespaces or types a dotted name can mean (a nested type's containing type is a dotted segment too).</summary>
    private static List<INamespaceOrTypeSymbol> FindContainers(Compilation compilation, string dotted)
    {
        var current = new List<INamespaceOrTypeSymbol> { compilation.GlobalNamespace };
        foreach (string segment in dotted.Split('.'))
        {
            int tick = segment.IndexOf('`');
            string name = tick < 0 ? segment : segment.Substring(0, tick);
            var next = new List<INamespaceOrTypeSymbol>();
            foreach (INamespaceOrTypeSymbol container in current)
            {
                foreach (ISymbol member in container.GetMembers(name))
                {
                    if (member is INamespaceSymbol ns && ns.Name == segment)
                    {
                        next.Add(ns);
                    }
                    else if (member is INamedTypeSymbol type && type.MetadataName == segment)
                    {
                        next.Add(type);
                    }
                }
            }

            current = next;
            if (current.Count == 0)
            {
                break;
            }
        }

        return current;
    }
}
