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
        string id = entry.Id;
        switch (entry.Kind)
        {
            case 'N':
                return FindContainers(compilation, id.EndsWith(".*", StringComparison.Ordinal) ? id.Substring(0, id.Length - 2) : id).Count > 0;

            case 'T':
                if (entry.IsWildcard)
                {
                    string stem = id.Substring(0, id.Length - 1);
                    int dot = stem.LastIndexOf('.');
                    string prefix = stem.Substring(dot + 1);
                    foreach (INamespaceOrTypeSymbol container in dot < 0 ? new List<INamespaceOrTypeSymbol> { compilation.GlobalNamespace } : FindContainers(compilation, stem.Substring(0, dot)))
                    {
                        foreach (INamedTypeSymbol type in container.GetTypeMembers())
                        {
                            if (type.MetadataName.StartsWith(prefix, StringComparison.Ordinal))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                }

                return FindContainers(compilation, id).Exists(s => s is INamedTypeSymbol);

            default:
                if (id.IndexOf('(') >= 0)
                {
                    return DocumentationCommentId.GetFirstSymbolForDeclarationId(entry.Kind + ":" + id, compilation) is not null;
                }

                int lastDot = id.LastIndexOf('.');
                string member = id.Substring(lastDot + 1);
                foreach (INamespaceOrTypeSymbol container in FindContainers(compilation, id.Substring(0, lastDot)))
                {
                    if (container is not INamedTypeSymbol type)
                    {
                        continue;
                    }

                    if (member == "*")
                    {
                        return true;
                    }

                    bool prefix = member.EndsWith("*", StringComparison.Ordinal);
                    string name = SymbolNames.NormalizeMemberName(member.TrimEnd('*'));
                    foreach (ISymbol candidate in type.GetMembers())
                    {
                        if (KindMatches(entry.Kind, candidate) && (prefix ? candidate.Name.StartsWith(name, StringComparison.Ordinal) : candidate.Name == name))
                        {
                            return true;
                        }
                    }
                }

                return false;
        }
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
