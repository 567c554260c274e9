using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>A match: the policy line (or feature) a symbol matched, and the capability it reports under.</summary>
internal sealed class RuleMatch
{
    public RuleMatch(Capability capability, PolicyEntry? entry, string? feature)
    {
        Capability = capability;
        Entry = entry;
        Feature = feature;
    }

    public Capability Capability { get; }

    public PolicyEntry? Entry { get; }

    public string? Feature { get; }

    /// <summary>A <c>!</c> line: the match allows rather than bans.</summary>
    public bool IsAllow => Entry is { IsAllow: true };

    public string RuleId => Capability.Id;

    /// <summary>The line's own message, else the capability's safe alternative.</summary>
    public string Advice => Entry?.Message ?? Capability.Alternative;

    /// <summary>The descriptor and the diagnostic properties of this match, set by <see cref="RuleDescriptors.Create"/> on first use.</summary>
    internal DiagnosticDescriptor? Descriptor { get; set; }

    internal ImmutableDictionary<string, string?>? Properties { get; set; }
}
