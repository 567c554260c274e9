namespace ChainOfCode.Analyzers.Rules;

/// <summary>
/// A <c>[guards]</c> type line, <c>T:Type hint</c>: what the runtime does around a run whose script uses the type
/// (<see cref="SerializerCache"/>: System.Text.Json keeps type metadata the runtime clears after the run).
/// </summary>
public sealed class TypeHint
{
    /// <summary>The script names the type: the serializer's caches are cleared after the run so its load context can unload.</summary>
    public const string SerializerCache = "serializer-cache";

    internal TypeHint(string type, string hint, PolicySource source)
    {
        Type = type;
        Hint = hint;
        Source = source;
    }

    /// <summary>The type's documentation-comment ID ("T:System.Text.Json.JsonSerializer").</summary>
    public string Type { get; }

    /// <summary>The hint's word.</summary>
    public string Hint { get; }

    /// <summary>Where the line is.</summary>
    public PolicySource Source { get; }

    /// <summary>The type's simple name, without namespace or generic arity ("JsonSerializer").</summary>
    public string SimpleName
    {
        get
        {
            string name = Type.Substring(Type.LastIndexOf('.') + 1);
            int tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }
    }

    /// <summary>The line as written in a <c>[guards]</c> section.</summary>
    public string ToLine() => Type + " " + Hint;
}
