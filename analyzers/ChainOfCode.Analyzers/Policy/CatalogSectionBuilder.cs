using System;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Detection;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>The settings of one <c>[ID] Title</c> section of the catalog, as they are read.</summary>
internal sealed class CatalogSectionBuilder
{
    private readonly string id;
    private readonly string title;
    private readonly string helpBase;
    private readonly ImmutableArray<string>.Builder features = ImmutableArray.CreateBuilder<string>();
    private readonly ImmutableArray<string>.Builder guards = ImmutableArray.CreateBuilder<string>();
    private RuleKind? kind;
    private string? name;
    private string? category;
    private string? help;
    private DiagnosticSeverity? severity;
    private string? because;
    private string? alternative;
    private string? unlessArgument;

    public CatalogSectionBuilder(string id, string title, string helpBase, PolicySource source, string header)
    {
        this.id = id;
        this.title = title;
        this.helpBase = helpBase;
        Source = source;
        Header = header;
    }

    public PolicySource Source { get; }

    public string Header { get; }

    /// <summary>Sets one <c>key: value</c> line; returns the problem, or null.</summary>
    public string? Set(string key, string value)
    {
        switch (key)
        {
            case "kind":
                if (!RuleKinds.TryParse(value, out RuleKind parsedKind))
                {
                    return "The kind is one of " + RuleKinds.Known + "; not '" + value + "'.";
                }

                kind = parsedKind;
                return null;
            case "name":
                name = value;
                return null;
            case "category":
                category = value;
                return null;
            case "help":
                help = value;
                return null;
            case "guard":
                if (!GuardHints.All.Contains(value))
                {
                    return "Unknown guard hint '" + value + "': " + string.Join(", ", GuardHints.All) + ".";
                }

                guards.Add(value);
                return null;
            case "severity":
                if (!Enum.TryParse(value, ignoreCase: true, out DiagnosticSeverity parsed))
                {
                    return "Severity is one of error, warning, info, hidden; not '" + value + "'.";
                }

                severity = parsed;
                return null;
            case "because":
                because = value;
                return null;
            case "alternative":
                alternative = value;
                return null;
            case "message":
                // The descriptor's message format, for a reporter that passes arguments of its own: read by the
                // CatalogGenerator at build time; nothing at run time builds a descriptor.
                return null;
            case "feature":
                if (!Features.All.Contains(value))
                {
                    return "Unknown feature '" + value + "'.";
                }

                features.Add(value);
                return null;
            default:
                if (!value.StartsWith("F:", StringComparison.Ordinal))
                {
                    return "unless-argument names an enum field: F:Namespace.Enum.Member.";
                }

                unlessArgument = value.Substring(2);
                return null;
        }
    }

    /// <summary>The section, or what it lacks: every rule states its kind, name, severity, category and page.</summary>
    public string? Build(out CapabilitySection? section)
    {
        section = null;
        if (kind is null || name is null || severity is null || category is null || help is null)
        {
            return "The section [" + id + "] needs 'kind:', 'name:', 'severity:', 'category:' and 'help:'.";
        }

        section = new CapabilitySection(id, title, kind.Value, name, category, helpBase + help, severity, because, alternative, features.ToImmutable(), unlessArgument, guards.ToImmutable());
        return null;
    }
}
