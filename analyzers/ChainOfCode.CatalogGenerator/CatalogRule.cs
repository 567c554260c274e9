namespace ChainOfCode.CatalogGenerator;

/// <summary>What the generator needs of one <c>[ID] Title</c> section of the catalog.</summary>
internal sealed class CatalogRule
{
    public CatalogRule(string id, string title, string kind, string name, string severity, string category, string helpLink, string description, string? messageFormat = null)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Name = name;
        Severity = severity;
        Category = category;
        HelpLink = helpLink;
        Description = description;
        MessageFormat = messageFormat;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary><c>kind:</c>, as written (capability, allowlist, policy-file, script-shape, gate, check, chain, generator).</summary>
    public string Kind { get; }

    /// <summary><c>name:</c>: the constant in RuleIds and the field in RuleDescriptors.</summary>
    public string Name { get; }

    /// <summary>The DiagnosticSeverity member: Error, Warning, Info or Hidden.</summary>
    public string Severity { get; }

    public string Category { get; }

    public string HelpLink { get; }

    public string Description { get; }

    /// <summary><c>message:</c>, the descriptor's message format when the reporter passes arguments of its own; else null.</summary>
    public string? MessageFormat { get; }
}
