using System;
using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// Program values as JSON for the trace and the state shown to the emulator: readable and bounded rather
/// than exact. Long strings and collections are cut (the first items, then <c>"... N more"</c>), nesting
/// stops at a few levels, lazy sequences are not enumerated, and objects that are not data show their type.
/// Runs on the script's thread under its guard (a property getter is script code).
/// </summary>
internal static class TraceValues
{
    private const int MaxItems = 20;
    private const int MaxString = 300;
    private const int MaxDepth = 3;

    public static JsonElement ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, 0);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text.Length <= MaxString ? text : text[..MaxString] + $"... ({text.Length} characters)");
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case char character:
                writer.WriteStringValue(character.ToString());
                return;
            case byte or sbyte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong unsigned:
                writer.WriteNumberValue(unsigned);
                return;
            case float or double:
                double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                }

                return;
            case decimal money:
                writer.WriteNumberValue(money);
                return;
            case DateTime time:
                writer.WriteStringValue(time.TimeOfDay == TimeSpan.Zero ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.ToString("s", CultureInfo.InvariantCulture));
                return;
            case Enum or DateTimeOffset or TimeSpan or Guid or DateOnly or TimeOnly or System.Numerics.BigInteger:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
        }

        if (depth >= MaxDepth)
        {
            writer.WriteStringValue("...");
            return;
        }

        switch (value)
        {
            case IDictionary dictionary:
                writer.WriteStartObject();
                int shown = 0;
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (shown++ == MaxItems)
                    {
                        writer.WriteString("...", $"{dictionary.Count - MaxItems} more");
                        break;
                    }

                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                return;
            case ITuple tuple:
                writer.WriteStartArray();
                for (int i = 0; i < tuple.Length && i < MaxItems; i++)
                {
                    Write(writer, tuple[i], depth + 1);
                }

                writer.WriteEndArray();
                return;
            case ICollection collection:
                WriteItems(writer, collection, collection.Count, depth);
                return;
            case IEnumerable sequence when value.GetType().GetInterface("System.Collections.Generic.IReadOnlyCollection`1") is { } readOnly:
                WriteItems(writer, sequence, (int)readOnly.GetProperty("Count")!.GetValue(value)!, depth);
                return;
            case System.Text.StringBuilder builder:
                Write(writer, builder.Length <= MaxString ? builder.ToString() : builder.ToString(0, MaxString) + $"... ({builder.Length} characters)", depth);
                return;
            default:
                // Lazy sequences are not run, and objects show their type: a trace must not run the program.
                writer.WriteStringValue("<" + value.GetType().Name + ">");
                return;
        }
    }

    private static void WriteItems(Utf8JsonWriter writer, IEnumerable items, int count, int depth)
    {
        writer.WriteStartArray();
        int shown = 0;
        foreach (object? item in items)
        {
            if (shown++ == MaxItems)
            {
                writer.WriteStringValue($"... {count - MaxItems} more");
                break;
            }

            Write(writer, item, depth + 1);
        }

        writer.WriteEndArray();
    }
}
