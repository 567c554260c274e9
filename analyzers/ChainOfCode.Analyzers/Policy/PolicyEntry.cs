namespace ChainOfCode.Analyzers.Rules;

/// <summary>One symbol line of a policy: <c>[!]X:Documentation.Id[; message]</c>.</summary>
public sealed class PolicyEntry
{
    private EntryShape? shape;

    internal PolicyEntry(char kind, string id, bool isAllow, string? message, string ruleId, PolicySource source)
    {
        Kind = kind;
        Id = id;
        IsAllow = isAllow;
        Message = message;
        RuleId = ruleId;
        Source = source;
    }

    /// <summary>The documentation-comment ID prefix: T, M, P, F, E or N.</summary>
    public char Kind { get; }

    /// <summary>The ID after the prefix, for example <c>System.IO.File.ReadAllText(System.String)</c>.</summary>
    public string Id { get; }

    /// <summary>True for a <c>!</c> line: an exception that allows the symbol.</summary>
    public bool IsAllow { get; }

    /// <summary>The line's own message, if it has one.</summary>
    public string? Message { get; }

    /// <summary>The rule the entry reports under (a capability, COC0012, or COC0011's allowed surface).</summary>
    public string RuleId { get; }

    /// <summary>Where the line is.</summary>
    public PolicySource Source { get; }

    /// <summary>The entry as written, without the message: <c>!T:System.IO.File</c>.</summary>
    public string DocumentationId => (IsAllow ? "!" : string.Empty) + Kind + ":" + Id;

    /// <summary>True when the ID ends in <c>*</c>.</summary>
    public bool IsWildcard => Id.EndsWith("*", System.StringComparison.Ordinal);

    /// <summary>The ID taken apart (container, name, signature, wildcard shape), once.</summary>
    internal EntryShape Shape => shape ??= EntryShape.Parse(Kind, Id);

    /// <inheritdoc />
    public override string ToString() => DocumentationId;
}
