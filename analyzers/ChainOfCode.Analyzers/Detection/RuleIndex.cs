using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// The policy's symbol lines arranged for lookup by name: a type's metadata name and a member's name
/// find the few candidate lines in a dictionary, and only those are compared with the symbol.
/// Built once per policy, shared by every compilation; holds no symbols.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, List<TypeNode>> typesByName = new(StringComparer.Ordinal);
    private readonly List<TypePrefix> typePrefixes = new();
    private readonly Dictionary<string, List<NamespaceNode>> namespacesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleMatch> features = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Capability> capabilities = new(StringComparer.Ordinal);

    private RuleIndex()
    {
    }

    public static RuleIndex ForDenials(ImmutableArray<Capability> capabilities)
    {
        var index = new RuleIndex();
        foreach (Capability capability in capabilities)
        {
            index.capabilities[capability.Id] = capability;
            if (!capability.IsEnabled)
            {
                continue;
            }

            foreach (string feature in capability.Features)
            {
                index.features[feature] = new RuleMatch(capability, null, feature);
            }

            foreach (PolicyEntry entry in capability.Entries)
            {
                index.Add(entry, new RuleMatch(capability, entry, null));
            }
        }

        return index;
    }

    public static RuleIndex ForAllowedSurface(ImmutableArray<PolicyEntry> surface)
    {
        var index = new RuleIndex();
        Capability? outside = Policy.Default.GetCapability(RuleIds.OutsideAllowedSurface);
        foreach (PolicyEntry entry in surface)
        {
            index.Add(entry, new RuleMatch(outside!, entry, null));
        }

        return index;
    }

    public Capability? GetCapability(string id) => capabilities.TryGetValue(id, out Capability? capability) ? capability : null;

    public RuleMatch? GetFeature(string feature) => features.TryGetValue(feature, out RuleMatch? rule) ? rule : null;

    /// <summary>The most specific line for a member: exact signature, then any overload, then a name prefix, then <c>Type.*</c>.</summary>
    public RuleMatch? MatchMember(ISymbol member)
    {
        INamedTypeSymbol? type = member.ContainingType;
        if (type is null || !typesByName.TryGetValue(type.MetadataName, out List<TypeNode>? nodes))
        {
            return null;
        }

        foreach (TypeNode node in nodes)
        {
            if (!node.HasMemberRules || !SymbolNames.Matches(type, node.FullName))
            {
                continue;
            }

            string name = member.Name;
            if (node.Members is not null && node.Members.TryGetValue(name, out MemberSlot? slot))
            {
                if (slot.Signatures is not null)
                {
                    string? id = DocumentationCommentId.CreateDeclarationId(member);

                    // Operators carry their return type after '~'; a line may name it or not.
                    int tilde = id?.IndexOf('~') ?? -1;
                    foreach (KeyValuePair<string, RuleMatch> signature in slot.Signatures)
                    {
                        if (string.Equals(signature.Key, id, StringComparison.Ordinal)
                            || (tilde > 0 && signature.Key.Length == tilde && string.CompareOrdinal(signature.Key, 0, id, 0, tilde) == 0))
                        {
                            return signature.Value;
                        }
                    }
                }

                if (slot.AnyOverload is not null)
                {
                    return slot.AnyOverload;
                }
            }

            if (node.MemberPrefixes is not null)
            {
                for (int i = node.MemberPrefixes.Count - 1; i >= 0; i--)
                {
                    if (name.StartsWith(node.MemberPrefixes[i].Key, StringComparison.Ordinal))
                    {
                        return node.MemberPrefixes[i].Value;
                    }
                }
            }

            if (node.AllMembers is not null)
            {
                return node.AllMembers;
            }
        }

        return null;
    }

    /// <summary>True when some line names a member of a type with this metadata name (a cheap pre-check).</summary>
    public bool HasMemberRules(INamedTypeSymbol type)
    {
        if (!typesByName.TryGetValue(type.MetadataName, out List<TypeNode>? nodes))
        {
            return false;
        }

        foreach (TypeNode node in nodes)
        {
            if (node.HasMemberRules && SymbolNames.Matches(type, node.FullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line that names the type itself (<c>T:</c>, or a <c>T:Prefix*</c>), or null.</summary>
    public RuleMatch? MatchTypeItself(INamedTypeSymbol type)
    {
        if (typesByName.TryGetValue(type.MetadataName, out List<TypeNode>? nodes))
        {
            foreach (TypeNode node in nodes)
            {
                if (node.Whole is not null && SymbolNames.Matches(type, node.FullName))
                {
                    return node.Whole;
                }
            }
        }

        for (int i = typePrefixes.Count - 1; i >= 0; i--)
        {
            TypePrefix prefix = typePrefixes[i];
            if (type.MetadataName.StartsWith(prefix.Prefix, StringComparison.Ordinal)
                && (prefix.Container.Length == 0
                    ? type.ContainingSymbol is INamespaceSymbol { IsGlobalNamespace: true }
                    : SymbolNames.Matches(type.ContainingSymbol, prefix.Container)))
            {
                return prefix.Rule;
            }
        }

        return null;
    }

    /// <summary>The most specific namespace line for a type's namespace: <c>N:X</c> for its own, <c>N:X.*</c> for it or any above.</summary>
    public RuleMatch? MatchNamespace(INamespaceSymbol? ns)
    {
        bool innermost = true;
        for (; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (namespacesByName.TryGetValue(ns.Name, out List<NamespaceNode>? nodes))
            {
                foreach (NamespaceNode node in nodes)
                {
                    RuleMatch? rule = innermost ? node.Exact ?? node.Deep : node.Deep;
                    if (rule is not null && SymbolNames.Matches(ns, node.FullName))
                    {
                        return rule;
                    }
                }
            }

            innermost = false;
        }

        return null;
    }

    private void Add(PolicyEntry entry, RuleMatch rule)
    {
        EntryShape shape = entry.Shape;
        switch (shape.Kind)
        {
            case EntryShapeKind.Namespace:
                GetNamespace(shape.Container).Exact = rule;
                return;
            case EntryShapeKind.NamespaceAndBelow:
                GetNamespace(shape.Container).Deep = rule;
                return;
            case EntryShapeKind.TypePrefix:
                typePrefixes.Add(new TypePrefix(shape.Container, shape.Name, rule));
                return;
            case EntryShapeKind.Type:
                GetType(shape.Container).Whole = rule;
                return;
        }

        // A member line finds its symbols by containing type and name, whatever member kind it names.
        TypeNode type = GetType(shape.Container);
        type.HasMemberRules = true;
        switch (shape.Kind)
        {
            case EntryShapeKind.AllMembers:
                type.AllMembers = rule;
                return;
            case EntryShapeKind.MemberPrefix:
                (type.MemberPrefixes ??= new List<KeyValuePair<string, RuleMatch>>()).Add(new KeyValuePair<string, RuleMatch>(shape.Name, rule));
                return;
        }

        type.Members ??= new Dictionary<string, MemberSlot>(StringComparer.Ordinal);
        if (!type.Members.TryGetValue(shape.Name, out MemberSlot? slot))
        {
            type.Members[shape.Name] = slot = new MemberSlot();
        }

        if (shape.Signature is null)
        {
            slot.AnyOverload = rule;
        }
        else
        {
            (slot.Signatures ??= new Dictionary<string, RuleMatch>(StringComparer.Ordinal))[shape.Signature] = rule;
        }
    }

    private TypeNode GetType(string fullName)
    {
        string key = SymbolNames.LastSegment(fullName);
        if (!typesByName.TryGetValue(key, out List<TypeNode>? nodes))
        {
            typesByName[key] = nodes = new List<TypeNode>(1);
        }

        foreach (TypeNode node in nodes)
        {
            if (node.FullName == fullName)
            {
                return node;
            }
        }

        var created = new TypeNode(fullName);
        nodes.Add(created);
        return created;
    }

    private NamespaceNode GetNamespace(string fullName)
    {
        string key = SymbolNames.LastSegment(fullName);
        if (!namespacesByName.TryGetValue(key, out List<NamespaceNode>? nodes))
        {
            namespacesByName[key] = nodes = new List<NamespaceNode>(1);
        }

        foreach (NamespaceNode node in nodes)
        {
            if (node.FullName == fullName)
            {
                return node;
            }
        }

        var created = new NamespaceNode(fullName);
        nodes.Add(created);
        return created;
    }

    private sealed class TypeNode
    {
        public TypeNode(string fullName) => FullName = fullName;

        public string FullName { get; }

        public RuleMatch? Whole { get; set; }

        public RuleMatch? AllMembers { get; set; }

        public bool HasMemberRules { get; set; }

        public Dictionary<string, MemberSlot>? Members { get; set; }

        public List<KeyValuePair<string, RuleMatch>>? MemberPrefixes { get; set; }
    }

    private sealed class MemberSlot
    {
        public RuleMatch? AnyOverload { get; set; }

        public Dictionary<string, RuleMatch>? Signatures { get; set; }
    }

    private sealed class NamespaceNode
    {
        public NamespaceNode(string fullName) => FullName = fullName;

        public string FullName { get; }

        public RuleMatch? Exact { get; set; }

        public RuleMatch? Deep { get; set; }
    }

    private sealed class TypePrefix
    {
        public TypePrefix(string container, string prefix, RuleMatch rule)
        {
            Container = container;
            Prefix = prefix;
            Rule = rule;
        }

        public string Container { get; }

        public string Prefix { get; }

        public RuleMatch Rule { get; }
    }
}
