using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>Everything one run needs besides the code: the gate's rules, the guards' limits and the inputs.</summary>
public sealed record RunOptions
{
    /// <summary>Defaults everywhere, no inputs.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>The gate's policy and caps.</summary>
    public GateOptions Gate { get; init; } = GateOptions.Default;

    /// <summary>The guards' limits.</summary>
    public RunLimits Limits { get; init; } = RunLimits.Default;

    /// <summary>Limits on the inputs and on the result value.</summary>
    public InputLimits InputLimits { get; init; } = InputLimits.Default;

    /// <summary>The text input (<c>Input</c> and <c>ReadLine()</c> in the script).</summary>
    public string? Input { get; init; }

    /// <summary>Named JSON arguments (<c>Args</c> in the script). Validated before the run.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Args { get; init; }

    /// <summary>The arguments as a JSON object (for the CLI and the worker); used when <see cref="Args"/> is null.</summary>
    public string? ArgsJson { get; init; }

    /// <summary>
    /// The shape of typed inputs, as a [ScriptInputs] type's generated <c>ScriptShape</c> describes it (its
    /// <c>ToRunOptions</c> sets it): the script then reads <c>Args.Words</c> instead of <c>Args["words"]</c>. A
    /// description, not code: the gate renders it into a record and a typed <c>Args</c> added after the script.
    /// </summary>
    public string? ArgsShape { get; init; }

    /// <summary>Set by RunVettedAsync once the script's hash and policy fingerprint matched: the gate's analysis is skipped.</summary>
    internal bool Vetted { get; init; }
}
