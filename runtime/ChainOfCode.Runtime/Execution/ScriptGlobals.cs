using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>
/// What a script sees besides the allowed surface: its text input, line by line or whole, and its
/// validated JSON arguments. One instance per run.
/// </summary>
public sealed class ScriptGlobals
{
    private readonly string[] lines;
    private int next;

    /// <summary>Creates the globals of one run.</summary>
    public ScriptGlobals(string? input = null, IReadOnlyDictionary<string, JsonElement>? args = null)
    {
        Input = input ?? string.Empty;
        Args = args ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        lines = Input.Length == 0 ? [] : Input.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0 && Input.EndsWith('\n'))
        {
            Array.Resize(ref lines, lines.Length - 1);
        }
    }

    /// <summary>The run's text input.</summary>
    public string Input { get; }

    /// <summary>The run's validated JSON arguments by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Args { get; }

    /// <summary>
    /// The arguments for the declarations the gate adds with typed inputs (<see cref="RunOptions.ArgsShape"/>), where
    /// <c>Args</c> is the typed record. Not for scripts: the gate refuses a script that names it.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public IReadOnlyDictionary<string, JsonElement> UntypedArgs => Args;

    /// <summary>The next line of <see cref="Input"/>, or null at its end (what a script uses instead of Console.ReadLine).</summary>
    public string? ReadLine() => next < lines.Length ? lines[next++] : null;
}
