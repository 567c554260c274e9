using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>The generators' own diagnostics, and the descriptors of script findings reported at a script's file.</summary>
internal static class GeneratorDescriptors
{
    public static readonly DiagnosticDescriptor InputCapability = new(
        RuleIds.InputCapability,
        "Script input hands the script a capability",
        "Input member '{0}' of type '{1}' would hand the script {2}; pass data (strings, numbers, lists, records of them) instead",
        RuleDescriptors.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleIds.HelpLinkBase + RuleIds.InputCapability + ".md");

    public static readonly DiagnosticDescriptor ScriptNotVetted = new(
        RuleIds.ScriptNotVetted,
        "Listed script cannot be vetted",
        "{0}",
        RuleDescriptors.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleIds.HelpLinkBase + RuleIds.ScriptNotVetted + ".md");

    public static readonly DiagnosticDescriptor ScriptInputsShape = new(
        RuleIds.ScriptInputsShape,
        "Script inputs type not supported",
        "{0}",
        RuleDescriptors.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleIds.HelpLinkBase + RuleIds.ScriptInputsShape + ".md");

    /// <summary>Every descriptor of the generators (the release-tracking test reads them).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(InputCapability, ScriptNotVetted, ScriptInputsShape);

    /// <summary>Where the gate's own checks (COCR0001 size cap, COCR0002 nesting, ...) are described: they have no rule page.</summary>
    public static readonly string GateChecksLink = RuleIds.HelpLinkBase.Replace("docs/rules/", "docs/runtime.md#the-gate");

    private static readonly ConcurrentDictionary<(string Id, DiagnosticSeverity Severity), DiagnosticDescriptor> Findings = new();

    /// <summary>The descriptor of a script finding: the rule's own ID, title and help link, the finding's message.</summary>
    public static DiagnosticDescriptor ForFinding(string id, DiagnosticSeverity severity, string? helpLink) =>
        Findings.GetOrAdd((id, severity), key =>
        {
            bool rule = key.Id.StartsWith("COC0", StringComparison.Ordinal);
            return new DiagnosticDescriptor(
                key.Id,
                rule ? RuleDescriptors.Get(key.Id).Title.ToString() : "Script check of the runtime gate",
                "{0}",
                RuleDescriptors.Category,
                key.Severity,
                isEnabledByDefault: true,
                helpLinkUri: helpLink ?? (rule ? RuleIds.HelpLinkBase + key.Id + ".md" : GateChecksLink));
        });
}
