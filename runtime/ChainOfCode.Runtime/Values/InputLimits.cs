using System.Collections.Generic;

namespace ChainOfCode.Runtime;

/// <summary>Limits on a run's inputs and on its result value.</summary>
public sealed record InputLimits
{
    /// <summary>The defaults: 10,000 items per array or object, 100,000 characters per string, depth 100.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Most items in one array (or properties in one object).</summary>
    public int MaxItems { get; init; } = 10_000;

    /// <summary>Longest string, in characters (also the cap of the text input).</summary>
    public int MaxStringLength { get; init; } = 100_000;

    /// <summary>Deepest nesting of arrays and objects.</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>
    /// Largest JSON text of the result (and of the arguments), in UTF-8 bytes: a result whose references are shared
    /// cannot expand past it, and it fits the worker protocol's frame. Default 8 MiB.
    /// </summary>
    public int MaxJsonBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Declared ranges of numeric arguments by name (top-level arguments and every number inside them).</summary>
    public IReadOnlyDictionary<string, NumberRange> Ranges { get; init; } = new Dictionary<string, NumberRange>();
}
