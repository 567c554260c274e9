using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>One rule of the catalog: an ID, what it stops, and the symbols and language features it covers.</summary>
public sealed class Capability
{
    internal Capability(
        string id,
        string title,
        DiagnosticSeverity severity,
        string because,
        string alternative,
        ImmutableArray<string> features,
        string? unlessArgument,
        ImmutableArray<PolicyEntry> entries,
        bool isEnabled,
        string helpLink)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Because = because;
        Alternative = alternative;
        Features = features;
        UnlessArgument = unlessArgument;
        Entries = entries;
        IsEnabled = isEnabled;
        HelpLink = helpLink;
    }

    /// <summary>The diagnostic ID, COCnnnn.</summary>
    public string Id { get; }

    /// <summary>A short title ("File system").</summary>
    public string Title { get; }

    /// <summary>The default severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The phrase the diagnostic uses for what the code reaches ("reaches the file system").</summary>
    public string Because { get; }

    /// <summary>The safe alternative the diagnostic suggests.</summary>
    public string Alternative { get; }

    /// <summary>Language constructs covered rather than symbols (dynamic, unsafe, pointer, ...).</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary>An enum flag (F: ID) whose constant presence in a call's arguments exempts the call.</summary>
    public string? UnlessArgument { get; }

    /// <summary>The symbols covered: the catalog's plus those a project's policy adds.</summary>
    public ImmutableArray<PolicyEntry> Entries { get; }

    /// <summary>False when a policy switched the capability off.</summary>
    public bool IsEnabled { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink { get; }

    internal Capability With(ImmutableArray<PolicyEntry> entries, bool isEnabled) =>
        new(Id, Title, Severity, Because, Alternative, Features, UnlessArgument, entries, isEnabled, HelpLink);

    /// <summary>The same capability enforced: enabled, an error, its denials only (no exception lifts one of them).</summary>
    internal Capability Enforced() =>
        new(Id, Title, DiagnosticSeverity.Error, Because, Alternative, Features, UnlessArgument, Entries.Where(e => !e.IsAllow).ToImmutableArray(), true, HelpLink);
}
