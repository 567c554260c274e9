using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime;

/// <summary>Validates JSON inputs and results against <see cref="InputLimits"/>: sizes, depth, finite numbers, declared ranges.</summary>
public static class ValueValidator
{
    /// <summary>Parses and validates a JSON object of named arguments.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ParseArgs(string? json, InputLimits limits)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        }

        if (json.Length > limits.MaxJsonBytes)
        {
            throw new InvalidValueException($"The arguments are longer than {limits.MaxJsonBytes} bytes of JSON.");
        }

        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidValueException("The arguments are not valid JSON: " + exception.Message);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidValueException("The arguments must be a JSON object of named values.");
        }

        var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            args[property.Name] = property.Value;
        }

        ValidateArgs(args, limits);
        return args;
    }

    /// <summary>Validates named arguments: each value's sizes and depth, and the declared range of its numbers.</summary>
    public static void ValidateArgs(IReadOnlyDictionary<string, JsonElement> args, InputLimits limits)
    {
        if (args.Count > limits.MaxItems)
        {
            throw new InvalidValueException($"There are {args.Count} arguments; the limit is {limits.MaxItems}.");
        }

        foreach (KeyValuePair<string, JsonElement> pair in args)
        {
            NumberRange? range = limits.Ranges.TryGetValue(pair.Key, out NumberRange declared) ? declared : null;
            Validate(pair.Value, limits, "argument '" + pair.Key + "'", range, 1);
        }
    }

    /// <summary>Validates one value (an argument or a result).</summary>
    public static void Validate(JsonElement value, InputLimits limits, string what, NumberRange? range = null) =>
        Validate(value, limits, what, range, 1);

    /// <summary>Validates the text input's length.</summary>
    public static void ValidateInput(string? input, InputLimits limits)
    {
        if (input is not null && input.Length > limits.MaxStringLength)
        {
            throw new InvalidValueException($"The input has {input.Length} characters; the limit is {limits.MaxStringLength}.");
        }
    }

    private static void Validate(JsonElement value, InputLimits limits, string what, NumberRange? range, int depth)
    {
        if (depth > limits.MaxDepth)
        {
            throw new InvalidValueException($"The {what} nests deeper than {limits.MaxDepth} levels.");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                int length = value.GetString()!.Length;
                if (length > limits.MaxStringLength)
                {
                    throw new InvalidValueException($"The {what} has a string of {length} characters; the limit is {limits.MaxStringLength}.");
                }

                break;
            case JsonValueKind.Number:
                if (!double.TryParse(value.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
                {
                    throw new InvalidValueException($"The {what} has a number that is not finite.");
                }

                if (range is { } declared && !declared.Contains(number))
                {
                    throw new InvalidValueException($"The {what} is {number}, outside its range [{declared.Min}, {declared.Max}].");
                }

                break;
            case JsonValueKind.Array:
                int items = value.GetArrayLength();
                if (items > limits.MaxItems)
                {
                    throw new InvalidValueException($"The {what} has an array of {items} items; the limit is {limits.MaxItems}.");
                }

                foreach (JsonElement item in value.EnumerateArray())
                {
                    Validate(item, limits, what, range, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                int properties = 0;
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    if (++properties > limits.MaxItems)
                    {
                        throw new InvalidValueException($"The {what} has an object of more than {limits.MaxItems} properties.");
                    }

                    if (property.Name.Length > limits.MaxStringLength)
                    {
                        throw new InvalidValueException($"The {what} has a property name longer than {limits.MaxStringLength} characters.");
                    }

                    Validate(property.Value, limits, what, range, depth + 1);
                }

                break;
        }
    }
}
