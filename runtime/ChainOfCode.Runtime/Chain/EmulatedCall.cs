using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The text form of an emulated call, <c>Name(arg, ...)</c> with JSON arguments: how traces show it and scripted replies name it.</summary>
public static class EmulatedCall
{
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>IsInCategory("violin", "musical instruments")</c>.</summary>
    public static string Format(string function, IReadOnlyList<JsonElement> arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(arguments);
        return function + "(" + string.Join(", ", arguments.Select(ToText)) + ")";
    }

    /// <summary>Reads <c>Name(json, json, ...)</c> back into the name and the argument values; false when the text is not a call.</summary>
    public static bool TryParse(string text, out string function, out IReadOnlyList<JsonElement> arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        function = string.Empty;
        arguments = [];
        string trimmed = text.Trim();
        int open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !trimmed.EndsWith(')'))
        {
            return false;
        }

        string name = trimmed[..open].Trim();
        if (!name.All(c => char.IsLetterOrDigit(c) || c == '_') || char.IsDigit(name[0]))
        {
            return false;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse("[" + trimmed[(open + 1)..^1] + "]");
            arguments = document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
            function = name;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>JSON text without escaping quotes, apostrophes or non-ASCII letters (for people and prompts).</summary>
    public static string ToText(JsonElement value)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Readable))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
