using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The strict literal parser: turns an emulator's reply (JSON text) into a value of the expected
/// <see cref="LiteralType"/>. The reply is data, never code: it is neither compiled nor executed, and
/// anything that is not exactly a JSON value of the expected shape within the input limits is refused
/// with a message the emulator can be shown on a retry.
/// </summary>
public static class LiteralParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <summary>Reads reply text as exactly one JSON value (no comments, no trailing commas) within the limits.</summary>
    /// <exception cref="FormatException">The text is not one JSON value within the limits.</exception>
    public static JsonElement ParseJson(string reply, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        limits ??= InputLimits.Default;
        long cap = (long)limits.MaxStringLength * 2;
        if (reply.Length > cap)
        {
            throw new FormatException($"The reply has {reply.Length} characters; the limit is {cap}.");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(reply, new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth + 1,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException("The reply is not one JSON value: " + FirstLine(e.Message));
        }
    }

    /// <summary>Builds the value of <paramref name="type"/> that <paramref name="json"/> spells.</summary>
    /// <exception cref="FormatException">The JSON does not have the expected shape, or breaks a limit.</exception>
    public static object? ToValue(JsonElement json, LiteralType type, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Convert(json, type, limits ?? InputLimits.Default, "the value", 1);
    }

    /// <summary>Parses reply text into a value of <paramref name="type"/> (<see cref="ParseJson"/> then <see cref="ToValue"/>).</summary>
    /// <exception cref="FormatException">The reply is malformed or of the wrong shape.</exception>
    public static object? Parse(string reply, LiteralType type, InputLimits? limits = null) =>
        ToValue(ParseJson(reply, limits), type, limits);

    private static object? Convert(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        if (depth > limits.MaxDepth)
        {
            throw new FormatException($"{Capital(where)} nests deeper than {limits.MaxDepth} levels.");
        }

        switch (type.Kind)
        {
            case LiteralKind.Bool:
                return json.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Mismatch(where, type, json),
                };
            case LiteralKind.Int:
                return json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out int i) ? i : throw Mismatch(where, type, json);
            case LiteralKind.Long:
                return json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out long l) ? l : throw Mismatch(where, type, json);
            case LiteralKind.Double:
                return json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out double d) && double.IsFinite(d) ? d : throw Mismatch(where, type, json);
            case LiteralKind.Decimal:
                return json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out decimal m) ? m : throw Mismatch(where, type, json);
            case LiteralKind.String:
                return json.ValueKind == JsonValueKind.String ? Text(json, limits, where) : throw Mismatch(where, type, json);
            case LiteralKind.Char:
                return json.ValueKind == JsonValueKind.String && json.GetString() is { Length: 1 } c ? c[0] : throw Mismatch(where, type, json);
            case LiteralKind.DateTime:
                return json.ValueKind == JsonValueKind.String
                    && System.DateTime.TryParseExact(json.GetString(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
                    ? date
                    : throw Mismatch(where, type, json);
            case LiteralKind.Nullable:
                return json.ValueKind == JsonValueKind.Null ? null : Convert(json, type.Element!, limits, where, depth);
            case LiteralKind.Dictionary:
                return Dictionary(json, type, limits, where, depth);
            case LiteralKind.Tuple:
                return Tuple(json, type, limits, where, depth);
            default:
                return Sequence(json, type, limits, where, depth);
        }
    }

    private static object Sequence(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        if (json.ValueKind == JsonValueKind.Object && IsPairList(type))
        {
            return PairsOfDictionary(json, type, limits, where, depth);
        }

        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch(where, type, json);
        }

        int count = json.GetArrayLength();
        if (count > limits.MaxItems)
        {
            throw new FormatException($"{Capital(where)} has {count} items; the limit is {limits.MaxItems}.");
        }

        LiteralType item = type.Element!;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item.ClrType), count)!;
        int index = 0;
        bool pairs = IsPairList(type);
        foreach (JsonElement element in json.EnumerateArray())
        {
            list.Add(pairs && element.ValueKind == JsonValueKind.Object
                ? Pair(element, item, limits, $"item {index} of {where}", depth + 1)
                : Convert(element, item, limits, $"item {index} of {where}", depth + 1));
            index++;
        }

        switch (type.Kind)
        {
            case LiteralKind.Array:
                var array = Array.CreateInstance(item.ClrType, count);
                list.CopyTo(array, 0);
                return array;
            case LiteralKind.Set:
                object set = Activator.CreateInstance(type.ClrType, list)!;
                if (((IEnumerable)set).Cast<object>().Count() != count)
                {
                    throw new FormatException($"{Capital(where)} repeats an item; a set holds each item once.");
                }

                return set;
            default:
                return list;
        }
    }

    private static object Tuple(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() != type.Items.Count)
        {
            throw Mismatch(where, type, json);
        }

        object?[] items = json.EnumerateArray()
            .Select((element, index) => Convert(element, type.Items[index], limits, $"item {index} of {where}", depth + 1))
            .ToArray();
        return Activator.CreateInstance(type.ClrType, items)!;
    }

    // A list of pairs whose first item is a string (the collection of "foreach (var (a, b) in F(s))"): a reply may also give it
    // as a JSON object (its properties in order, no key repeated) or give a pair as an object of exactly two properties (their
    // values in order: {"first": "Alice", "second": "Bob"}).
    private static bool IsPairList(LiteralType type) =>
        type is { Kind: LiteralKind.List, Element: { Kind: LiteralKind.Tuple, Items: [{ Kind: LiteralKind.String }, _] } };

    private static object PairsOfDictionary(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        LiteralType pair = type.Element!;
        var values = (IDictionary)Dictionary(json, LiteralType.DictionaryOf(pair.Items[1]), limits, where, depth);
        var list = (IList)Activator.CreateInstance(type.ClrType, values.Count)!;
        foreach (JsonProperty property in json.EnumerateObject())
        {
            list.Add(Activator.CreateInstance(pair.ClrType, property.Name, values[property.Name]));
        }

        return list;
    }

    private static object Pair(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        JsonProperty[] properties = [.. json.EnumerateObject().Take(3)];
        if (properties.Length != 2)
        {
            throw new FormatException($"{Capital(where)} must be {Describe(type)} or an object of exactly two properties, not an object of {(properties.Length > 2 ? "more than two" : properties.Length.ToString(CultureInfo.InvariantCulture))}.");
        }

        return Activator.CreateInstance(
            type.ClrType,
            Convert(properties[0].Value, type.Items[0], limits, $"item 0 of {where}", depth + 1),
            Convert(properties[1].Value, type.Items[1], limits, $"item 1 of {where}", depth + 1))!;
    }

    private static object Dictionary(JsonElement json, LiteralType type, InputLimits limits, string where, int depth)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Mismatch(where, type, json);
        }

        var dictionary = (IDictionary)Activator.CreateInstance(type.ClrType, StringComparer.Ordinal)!;
        foreach (JsonProperty property in json.EnumerateObject())
        {
            if (dictionary.Count >= limits.MaxItems)
            {
                throw new FormatException($"{Capital(where)} has more than {limits.MaxItems} properties.");
            }

            if (property.Name.Length > limits.MaxStringLength)
            {
                throw new FormatException($"{Capital(where)} has a key longer than {limits.MaxStringLength} characters.");
            }

            if (dictionary.Contains(property.Name))
            {
                throw new FormatException($"{Capital(where)} repeats the key \"{Shorten(property.Name)}\".");
            }

            dictionary[property.Name] = Convert(property.Value, type.Element!, limits, $"\"{Shorten(property.Name)}\" of {where}", depth + 1);
        }

        return dictionary;
    }

    private static string Text(JsonElement json, InputLimits limits, string where)
    {
        string text = json.GetString()!;
        return text.Length <= limits.MaxStringLength
            ? text
            : throw new FormatException($"{Capital(where)} is a string of {text.Length} characters; the limit is {limits.MaxStringLength}.");
    }

    private static FormatException Mismatch(string where, LiteralType type, JsonElement json)
    {
        string found = json.ValueKind switch
        {
            JsonValueKind.Number => "the number " + Shorten(json.GetRawText()),
            JsonValueKind.String => "the string " + Shorten(json.GetRawText()),
            JsonValueKind.True or JsonValueKind.False => json.GetRawText(),
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "nothing",
        };
        return new FormatException($"{Capital(where)} must be {Describe(type)}, not {found}.");
    }

    /// <summary>How a type is spelled in JSON, for error messages and prompts.</summary>
    public static string Describe(LiteralType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Kind switch
        {
            LiteralKind.Bool => "true or false",
            LiteralKind.Int or LiteralKind.Long => $"an integer ({type})",
            LiteralKind.Double or LiteralKind.Decimal => $"a number ({type})",
            LiteralKind.String => "a string",
            LiteralKind.Char => "a string of one character",
            LiteralKind.DateTime => "a date string in ISO 8601 (\"2024-03-01\" or \"2024-03-01T12:00:00\")",
            LiteralKind.Nullable => Describe(type.Element!) + " or null",
            LiteralKind.Dictionary => $"an object whose values are each {Describe(type.Element!)}",
            LiteralKind.Set => $"an array of distinct items, each {Describe(type.Element!)}",
            LiteralKind.Tuple => $"an array of exactly {type.Items.Count} items: {string.Join("; ", type.Items.Select(Describe))}",
            _ => $"an array whose items are each {Describe(type.Element!)}",
        };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
