using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// Reads a tool call's arguments as a model sends them (JSON values from a chat client or an MCP client, or CLR values
/// from a direct call). A bad argument is an error message for the model, never an exception; a limit above the
/// tool's maximum is cut to the maximum, so a model (or a prompt that steers it) cannot raise a limit.
/// </summary>
internal static class ToolArguments
{
    public const string Code = "code";
    public const string Inputs = "inputs";
    public const string TimeoutMs = "timeout_ms";
    public const string MemoryMb = "memory_mb";
    public const string MaxOutputChars = "max_output_chars";

    private const long Mebibyte = 1024 * 1024;

    public static IReadOnlyList<string> RunNames { get; } = [Code, Inputs, TimeoutMs, MemoryMb, MaxOutputChars];

    public static IReadOnlyList<string> CheckNames { get; } = [Code];

    /// <summary>The script of a call, or the error the model sees.</summary>
    public static string? ReadCode(AIFunctionArguments arguments, IReadOnlyList<string> known, out string? error)
    {
        if (arguments.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            error = $"Unknown argument '{Shorten(unknown)}'; the arguments are {string.Join(", ", known)}.";
            return null;
        }

        if (AsJson(arguments.TryGetValue(Code, out object? value) ? value : null) is not { ValueKind: JsonValueKind.String } code)
        {
            error = $"The argument '{Code}' (the C# script, a string) is required.";
            return null;
        }

        error = null;
        return code.GetString() ?? string.Empty;
    }

    /// <summary>A whole <c>run_csharp</c> call, or the error the model sees.</summary>
    public static ToolRequest? ReadRun(AIFunctionArguments arguments, RunLimits maximum, out string? error)
    {
        string? code = ReadCode(arguments, RunNames, out error);
        if (code is null)
        {
            return null;
        }

        string? argsJson = null;
        switch (Get(arguments, Inputs))
        {
            case null:
                break;
            case { ValueKind: JsonValueKind.Object } inputs:
                argsJson = inputs.GetRawText();
                break;

            // Models often send an object as a JSON string; the runtime parses it and refuses anything but an object.
            case { ValueKind: JsonValueKind.String } text:
                argsJson = text.GetString();
                break;
            default:
                error = $"The argument '{Inputs}' must be a JSON object whose properties the script reads as Args[\"name\"].";
                return null;
        }

        RunLimits limits = maximum;
        if (ReadPositive(arguments, TimeoutMs, ref error) is { } ms)
        {
            limits = limits with { Timeout = TimeSpan.FromMilliseconds(Math.Min(ms, (long)maximum.Timeout.TotalMilliseconds)) };
        }

        if (ReadPositive(arguments, MemoryMb, ref error) is { } mb)
        {
            limits = limits with { MaxAllocatedBytes = mb > maximum.MaxAllocatedBytes / Mebibyte ? maximum.MaxAllocatedBytes : mb * Mebibyte };
        }

        if (ReadPositive(arguments, MaxOutputChars, ref error) is { } chars)
        {
            limits = limits with { MaxOutputChars = (int)Math.Min(chars, maximum.MaxOutputChars) };
        }

        return error is null ? new ToolRequest(code, argsJson, limits) : null;
    }

    private static long? ReadPositive(AIFunctionArguments arguments, string name, ref string? error)
    {
        JsonElement? value = Get(arguments, name);
        if (value is null)
        {
            return null;
        }

        long number = 0;
        bool read = value.Value.ValueKind switch
        {
            JsonValueKind.Number => value.Value.TryGetInt64(out number),
            JsonValueKind.String => long.TryParse(value.Value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
        if (!read || number < 1)
        {
            error ??= $"The argument '{name}' must be a positive whole number.";
            return null;
        }

        return number;
    }

    private static JsonElement? Get(AIFunctionArguments arguments, string name) =>
        arguments.TryGetValue(name, out object? value) ? AsJson(value) : null;

    /// <summary>The value as JSON; null for a missing or JSON-null value.</summary>
    private static JsonElement? AsJson(object? value)
    {
        JsonElement element = value switch
        {
            null => default,
            JsonElement json => json,
            JsonNode node => JsonSerializer.SerializeToElement(node, AIJsonUtilities.DefaultOptions),
            _ => JsonSerializer.SerializeToElement(value, value.GetType(), AIJsonUtilities.DefaultOptions),
        };
        return element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : element;
    }

    private static string Shorten(string name) => MessageSanitizer.Sanitize(name.Length > 40 ? name[..40] + "..." : name);
}
