using System;
using System.Collections.Immutable;
using System.Linq;
using ChainOfCode.Analyzers.Detection;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers;

/// <summary>The diagnostic descriptors, one per catalog section: ID, title, severity and help link come from the catalog.</summary>
public static class RuleDescriptors
{
    /// <summary>The category of every rule.</summary>
    public const string Category = "ChainOfCode.Security";

    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> LazyById = new(Build);
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyAll =
        new(() => LazyById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray());
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyCapabilities =
        new(() => All.Where(d => !IsPolicyProblem(d.Id)).ToImmutableArray());
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyPolicyProblems =
        new(() => All.Where(d => IsPolicyProblem(d.Id)).ToImmutableArray());

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => LazyAll.Value;

    /// <summary>The descriptor of a rule ID.</summary>
    public static DiagnosticDescriptor Get(string id) => LazyById.Value[id];

    internal static ImmutableArray<DiagnosticDescriptor> Capabilities => LazyCapabilities.Value;

    internal static ImmutableArray<DiagnosticDescriptor> PolicyProblems => LazyPolicyProblems.Value;

    internal static Diagnostic Create(Rule rule, Location location, string subject) =>
        Diagnostic.Create(
            Get(rule.RuleId),
            location,
            ImmutableDictionary<string, string?>.Empty.Add("Alternative", rule.Capability.Alternative),
            subject,
            rule.Capability.Because,
            rule.Advice);

    private static bool IsPolicyProblem(string id) => string.CompareOrdinal(id, RuleIds.PolicyParse) >= 0;

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            bool problem = IsPolicyProblem(section.Id);
            builder[section.Id] = new DiagnosticDescriptor(
                section.Id,
                section.Title,
                problem ? "{0}" : "'{0}' {1}. {2}",
                Category,
                section.Severity ?? DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                description: section.Because + ". " + section.Alternative,
                helpLinkUri: RuleIds.HelpLinkBase + section.Id + ".md",
                customTags: problem ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>());
        }

        return builder.ToImmutable();
    }
}
