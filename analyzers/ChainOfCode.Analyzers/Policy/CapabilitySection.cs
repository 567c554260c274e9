using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>A <c>[COCnnnn] Title</c> section header of the catalog with its settings: one rule.</summary>
public sealed class CapabilitySection
{
    internal CapabilitySection(string id, string title, RuleKind kind, string name, string category, string helpLink, DiagnosticSeverity? severity, string? because, string? alternative, ImmutableArray<string> features, string? unlessArgument, ImmutableArray<string> guards)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Name = name;
        Category = category;
        HelpLink = helpLink;
        Severity = severity;
        Because = because;
        Alternative = alternative;
        Features = features;
        UnlessArgument = unlessArgument;
        Guards = guards;
    }

    /// <summary>The rule ID.</summary>
    public string Id { get; }

    /// <summary>The title after the ID.</summary>
    public string Title { get; }

    /// <summary><c>kind:</c>: what reports the rule.</summary>
    public RuleKind Kind { get; }

    /// <summary><c>name:</c>: the rule's constant in <c>RuleIds</c>.</summary>
    public string Name { get; }

    /// <summary><c>category:</c>: the diagnostic category.</summary>
    public string Category { get; }

    /// <summary><c>help-base:</c> + <c>help:</c>: the rule's page.</summary>
    public string HelpLink { get; }

    /// <summary><c>severity:</c>.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary><c>because:</c>.</summary>
    public string? Because { get; }

    /// <summary><c>alternative:</c>.</summary>
    public string? Alternative { get; }

    /// <summary><c>feature:</c> lines.</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary><c>unless-argument:</c>.</summary>
    public string? UnlessArgument { get; }

    /// <summary><c>guard:</c> lines: what the runtime's guard rewrite does to a call of the section's members (<see cref="GuardHints"/>).</summary>
    public ImmutableArray<string> Guards { get; }
}
