using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// One question to the emulator (the "LMulator" of Chain of Code): the program, the line it cannot run,
/// the program's state so far, and the shape of the answer. Everything in it is data: names, JSON values
/// and text; the reply is parsed by <see cref="LiteralParser"/>, never executed.
/// </summary>
public sealed record EmulationRequest
{
    /// <summary>A call or a statement.</summary>
    public required EmulationKind Kind { get; init; }

    /// <summary>The question the program answers (its text input).</summary>
    public string Question { get; init; } = string.Empty;

    /// <summary>The whole program.</summary>
    public string Program { get; init; } = string.Empty;

    /// <summary>The 1-based line of the program being emulated.</summary>
    public int Line { get; init; }

    /// <summary>The source text of that line (trimmed).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>For a call: the function's name.</summary>
    public string? Function { get; init; }

    /// <summary>For a call: the argument values.</summary>
    public IReadOnlyList<JsonElement> Arguments { get; init; } = [];

    /// <summary>For a call: the C# type the value must have (inferred from how the program uses it).</summary>
    public LiteralType? ReturnType { get; init; }

    /// <summary>For a statement: the variables it assigns and their C# types; the reply is a JSON object with these keys.</summary>
    public IReadOnlyDictionary<string, LiteralType> Targets { get; init; } = new Dictionary<string, LiteralType>();

    /// <summary>For a statement: the exception it threw (type and sanitized message).</summary>
    public string? Error { get; init; }

    /// <summary>The program's variables at this point, as JSON (the latest value of each; large values are cut).</summary>
    public IReadOnlyDictionary<string, JsonElement> State { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>1 for the first try; more when an earlier reply was malformed.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>Why the previous reply was refused (null on the first try).</summary>
    public string? PreviousError { get; init; }

    /// <summary>The call as text with JSON arguments, e.g. <c>IsInCategory("violin", "musical instruments")</c>: the key of a scripted reply.</summary>
    [JsonIgnore]
    public string CallText => Function is null ? Code : EmulatedCall.Format(Function, Arguments);
}
