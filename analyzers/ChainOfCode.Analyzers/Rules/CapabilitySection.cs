using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>A <c>[COCnnnn] Title</c> section header of the catalog with its settings.</summary>
public sealed class CapabilitySection
{
    internal CapabilitySection(string id, string title, DiagnosticSeverity? severity, string? because, string? alternative, ImmutableArray<string> features, string? unlessArgument)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Because = because;
        Alternative = alternative;
        Features = features;
        UnlessArgument = unlessArgument;
    }

    /// <summary>The rule ID.</summary>
    public string Id { get; }

    /// <summary>The title after the ID.</summary>
    public string Title { get; }

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
}
