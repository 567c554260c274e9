namespace ChainOfCode.Analyzers.Rules;

/// <summary>A place in a policy text: the file and the line span, for diagnostics.</summary>
public sealed class PolicySource
{
    internal PolicySource(string path, int line, int start, int length, bool isCatalog)
    {
        Path = path;
        Line = line;
        Start = start;
        Length = length;
        IsCatalog = isCatalog;
    }

    /// <summary>The file the text came from (or the name given to a policy string).</summary>
    public string Path { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>Offset of the line's content (without indentation) in the whole text.</summary>
    public int Start { get; }

    /// <summary>Length of the line's content.</summary>
    public int Length { get; }

    /// <summary>True for the built-in catalog.</summary>
    public bool IsCatalog { get; }

    /// <inheritdoc />
    public override string ToString() => Path + "(" + Line + ")";
}
