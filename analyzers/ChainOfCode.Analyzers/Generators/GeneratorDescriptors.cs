using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// The descriptors of script findings that the build reports at a listed script's file: the rule's own ID, title,
/// severity and page, with the finding's message. The generators' own rules (COC0013-COC0015) are the catalog's
/// (<see cref="RuleDescriptors"/>).
/// </summary>
internal static class GeneratorDescriptors
{
    private static readonly ConcurrentDictionary<(string Id, DiagnosticSeverity Severity), DiagnosticDescriptor> Findings = new();

    /// <summary>The descriptor of a script finding: the rule's own ID, title and help link, the finding's message.</summary>
    public static DiagnosticDescriptor ForFinding(string id, DiagnosticSeverity severity, string? helpLink) =>
        Findings.GetOrAdd((id, severity), key =>
        {
            bool rule = key.Id.StartsWith("COC", StringComparison.Ordinal);
            return new DiagnosticDescriptor(
                key.Id,
                rule ? RuleDescriptors.Get(key.Id).Title.ToString() : "Script check of the runtime gate",
                "{0}",
                RuleDescriptors.Category,
                key.Severity,
                isEnabledByDefault: true,
                helpLinkUri: helpLink ?? (rule ? RuleDescriptors.Get(key.Id).HelpLinkUri : null));
        });
}
