using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>A run's validated inputs as the script sees them (its <see cref="ScriptGlobals"/>).</summary>
internal static class ScriptInputs
{
    /// <summary>Validates the run's input and arguments against its limits; throws <see cref="InvalidValueException"/> for bad ones.</summary>
    public static ScriptGlobals Bind(RunOptions runOptions)
    {
        ValueValidator.ValidateInput(runOptions.Input, runOptions.InputLimits);
        IReadOnlyDictionary<string, JsonElement> args;
        if (runOptions.Args is not null)
        {
            ValueValidator.ValidateArgs(runOptions.Args, runOptions.InputLimits);
            args = new Dictionary<string, JsonElement>(runOptions.Args.Select(p => new KeyValuePair<string, JsonElement>(p.Key, p.Value.Clone())), StringComparer.Ordinal);
        }
        else
        {
            args = ValueValidator.ParseArgs(runOptions.ArgsJson, runOptions.InputLimits);
        }

        return new ScriptGlobals(runOptions.Input, args);
    }
}
