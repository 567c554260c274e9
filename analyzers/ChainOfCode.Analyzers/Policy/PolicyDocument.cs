using System.Collections.Immutable;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>One parsed policy text (a file, a string, or the catalog).</summary>
public sealed class PolicyDocument
{
    internal PolicyDocument(
        string path,
        PolicyMode? mode,
        ImmutableArray<CapabilitySwitch> switches,
        ImmutableArray<CapabilitySection> sections,
        ImmutableArray<PolicyEntry> entries,
        ImmutableArray<ArgumentHint> argumentHints,
        ImmutableArray<TypeHint> typeHints,
        ImmutableArray<PolicyProblem> problems)
    {
        Path = path;
        Mode = mode;
        Switches = switches;
        Sections = sections;
        Entries = entries;
        ArgumentHints = argumentHints;
        TypeHints = typeHints;
        Problems = problems;
    }

    /// <summary>The file the text came from.</summary>
    public string Path { get; }

    /// <summary>The mode the text asks for, if it names one.</summary>
    public PolicyMode? Mode { get; }

    /// <summary><c>capability: COCnnnn on|off</c> lines, in order.</summary>
    public ImmutableArray<CapabilitySwitch> Switches { get; }

    /// <summary>Section headers with their settings (the catalog's capabilities).</summary>
    public ImmutableArray<CapabilitySection> Sections { get; }

    /// <summary>Every symbol line, in order, each with the rule it reports under.</summary>
    public ImmutableArray<PolicyEntry> Entries { get; }

    /// <summary>The <c>[guards]</c> lines, in order.</summary>
    public ImmutableArray<ArgumentHint> ArgumentHints { get; }

    /// <summary>The <c>[guards]</c> type lines (<c>T:Type hint</c>), in order.</summary>
    public ImmutableArray<TypeHint> TypeHints { get; }

    /// <summary>Lines that do not parse (COC0090).</summary>
    public ImmutableArray<PolicyProblem> Problems { get; }
}
