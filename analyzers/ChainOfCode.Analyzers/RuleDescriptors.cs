using System;
using System.Collections.Immutable;
using System.Linq;
using ChainOfCode.Analyzers.Detection;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers;

/// <summary>
/// The diagnostic descriptors, one per catalog section. The fields (ID, title, severity, category, help link)
/// are generated at build time from the catalog by ChainOfCode.CatalogGenerator; this part looks them up.
/// </summary>
public static partial class RuleDescriptors
{
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> LazyById = new(Build);
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyAll =
        new(() => LazyById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray());
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyCapabilities =
        new(() => OfKind(RuleKinds.ReportedByCapabilityAnalyzer));
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyPolicyProblems =
        new(() => OfKind(kind => kind == RuleKind.PolicyFile));
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> LazyScriptShapes =
        new(() => OfKind(kind => kind == RuleKind.ScriptShape));

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => LazyAll.Value;

    /// <summary>The descriptor of a rule ID.</summary>
    public static DiagnosticDescriptor Get(string id) => LazyById.Value[id];

    internal static ImmutableArray<DiagnosticDescriptor> Capabilities => LazyCapabilities.Value;

    internal static ImmutableArray<DiagnosticDescriptor> PolicyProblems => LazyPolicyProblems.Value;

    internal static ImmutableArray<DiagnosticDescriptor> ScriptShapes => LazyScriptShapes.Value;

    /// <summary>The property with the capability's safe alternative.</summary>
    public const string AlternativeProperty = "Alternative";

    /// <summary>The property with the matched policy line as written (<c>T:System.IO.File</c>), when a line matched.</summary>
    public const string EntryProperty = "Entry";

    /// <summary>The property with the matched language feature (<c>dynamic</c>, <c>finalizer</c>), when a feature matched.</summary>
    public const string FeatureProperty = "Feature";

    // What a code fix needs to know of the match travels with the diagnostic (as Meziantou's analyzers do),
    // so that the fix reads the line instead of recognizing the API again.
    internal static Diagnostic Create(RuleMatch rule, Location location, string subject)
    {
        return Diagnostic.Create(rule.Descriptor ??= Get(rule.RuleId), location, rule.Properties ??= Properties(rule), subject, rule.Capability.Because, rule.Advice);
    }

    /// <summary>What a code fix reads from a diagnostic of this match: built once a match (a match lives as long as its policy).</summary>
    private static ImmutableDictionary<string, string?> Properties(RuleMatch rule)
    {
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(AlternativeProperty, rule.Capability.Alternative);
        if (rule.Entry is { } entry)
        {
            properties = properties.Add(EntryProperty, entry.DocumentationId);
        }

        if (rule.Feature is { } feature)
        {
            properties = properties.Add(FeatureProperty, feature);
        }

        return properties;
    }

    private static ImmutableArray<DiagnosticDescriptor> OfKind(Func<RuleKind, bool> kind) =>
        DefaultCatalog.Document.Sections.Where(s => kind(s.Kind)).Select(s => Get(s.Id)).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build() =>
        Generated.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);
}
