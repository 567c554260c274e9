using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// One step of a Chain-of-Code run: a program line that was executed or emulated, and what it changed.
/// In JSON: <c>{"step":3,"line":12,"kind":"emulated_call","code":"if (IsFruit(item))","changes":{},
/// "call":"IsFruit(\"apple\")","value":true,"error":null}</c>.
/// </summary>
public sealed record TraceEntry
{
    /// <summary>The step's number in the run, from 1.</summary>
    public int Step { get; init; }

    /// <summary>The program line, from 1.</summary>
    public int Line { get; init; }

    /// <summary>Executed, emulated call or emulated statement.</summary>
    public TraceKind Kind { get; init; }

    /// <summary>The line's source text (trimmed, cut at 200 characters).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The variables the step assigned or changed, with their values after it (large values are cut).</summary>
    public IReadOnlyDictionary<string, JsonElement> Changes { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>For an emulated call: the call with its argument values.</summary>
    public string? Call { get; init; }

    /// <summary>For an emulated call: the value the emulator gave.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>For an emulated statement: the exception that handed it to the emulator.</summary>
    public string? Error { get; init; }
}
