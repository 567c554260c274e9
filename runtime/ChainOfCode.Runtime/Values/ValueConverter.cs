using System;
using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainOfCode.Runtime;

/// <summary>
/// Converts a script's result to JSON while the guard is still active (enumerating a lazy result runs
/// script code), stopping at the limits instead of enumerating forever. Does not use the serializer's
/// reflection caches, which would keep the collectible script types alive.
/// </summary>
internal static class ValueConverter
{
    public static JsonElement? ToJson(object? value, InputLimits limits)
    {
        if (value is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = limits.MaxDepth + 2, SkipValidation = false }))
        {
            Write(writer, value, limits, 1);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 2 });
        JsonElement element = document.RootElement.Clone();
        ValueValidator.Validate(element, limits, "result");
        return element;
    }

    private static void Write(Utf8JsonWriter writer, object? value, InputLimits limits, int depth)
    {
        if (depth > limits.MaxDepth)
        {
            throw new InvalidValueException($"The result nests deeper than {limits.MaxDepth} levels.");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                if (text.Length > limits.MaxStringLength)
                {
                    throw new InvalidValueException($"The result has a string of {text.Length} characters; the limit is {limits.MaxStringLength}.");
                }

                writer.WriteStringValue(text);
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
            case float single:
                WriteFinite(writer, single);
                return;
            case double number:
                WriteFinite(writer, number);
                return;
            case Half half:
                WriteFinite(writer, (double)half);
                return;
            case decimal money:
                writer.WriteNumberValue(money);
                return;
            case BigInteger big:
                string digits = big.ToString(CultureInfo.InvariantCulture);
                if (digits.Length > 1000)
                {
                    throw new InvalidValueException("The result has an integer of more than 1000 digits.");
                }

                writer.WriteRawValue(digits);
                return;
            case Int128 or UInt128:
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum:
                writer.WriteStringValue(value.ToString());
                return;
            case DateTime time:
                writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset offset:
                writer.WriteStringValue(offset.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case TimeOnly clock:
                writer.WriteStringValue(clock.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                return;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                return;
            case Guid guid:
                writer.WriteStringValue(guid.ToString());
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonNode node:
                node.WriteTo(writer);
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                int properties = 0;
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (++properties > limits.MaxItems)
                    {
                        throw new InvalidValueException($"The result has a dictionary of more than {limits.MaxItems} entries.");
                    }

                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    Write(writer, entry.Value, limits, depth + 1);
                }

                writer.WriteEndObject();
                return;
            case ITuple tuple:
                writer.WriteStartArray();
                for (int i = 0; i < tuple.Length; i++)
                {
                    Write(writer, tuple[i], limits, depth + 1);
                }

                writer.WriteEndArray();
                return;
            case IEnumerable sequence:
                writer.WriteStartArray();
                int items = 0;
                foreach (object? item in sequence)
                {
                    if (++items > limits.MaxItems)
                    {
                        throw new InvalidValueException($"The result has more than {limits.MaxItems} items.");
                    }

                    Write(writer, item, limits, depth + 1);
                }

                writer.WriteEndArray();
                return;
        }

        Type type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Generic.KeyValuePair<,>))
        {
            writer.WriteStartArray();
            Write(writer, type.GetProperty("Key")!.GetValue(value), limits, depth + 1);
            Write(writer, type.GetProperty("Value")!.GetValue(value), limits, depth + 1);
            writer.WriteEndArray();
            return;
        }

        // Records, anonymous types and plain classes: their public properties and fields.
        writer.WriteStartObject();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } && property.Name != "EqualityContract")
            {
                writer.WritePropertyName(property.Name);
                Write(writer, Unwrap(() => property.GetValue(value)), limits, depth + 1);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            writer.WritePropertyName(field.Name);
            Write(writer, field.GetValue(value), limits, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static object? Unwrap(Func<object?> read)
    {
        try
        {
            return read();
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }
    }

    private static void WriteFinite(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new InvalidValueException("The result has a number that is not finite (NaN or infinity).");
        }

        writer.WriteNumberValue(number);
    }
}
