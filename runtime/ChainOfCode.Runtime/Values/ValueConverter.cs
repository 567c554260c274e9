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
/// script code), stopping at the limits instead of enumerating forever. Every value written passes a
/// checkpoint, so the conversion counts against the run's steps, deadline and allocation budget (a result
/// whose references are shared, a DAG, would otherwise expand into gigabytes), and the JSON text stops at
/// <see cref="InputLimits.MaxJsonBytes"/>. Does not use the serializer's reflection caches, which would keep
/// the collectible script types alive.
/// </summary>
internal static class ValueConverter
{
    public static JsonElement? ToJson(object? value, InputLimits limits, ScriptGuard guard)
    {
        if (value is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = limits.MaxDepth + 2, SkipValidation = false }))
        {
            new Conversion(writer, buffer, limits, guard).Write(value, 1);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 2 });
        JsonElement element = document.RootElement.Clone();
        ValueValidator.Validate(element, limits, "result");
        return element;
    }

    /// <summary>One conversion: the writer, its buffer, the limits and the run's guard.</summary>
    private sealed class Conversion(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, InputLimits limits, ScriptGuard guard)
    {
        public void Write(object? value, int depth)
        {
            guard.Checkpoint();
            if (buffer.WrittenCount + writer.BytesPending > limits.MaxJsonBytes)
            {
                throw new InvalidValueException($"The result is larger than {limits.MaxJsonBytes} bytes of JSON.");
            }

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
                    WriteFinite(single);
                    return;
                case double number:
                    WriteFinite(number);
                    return;
                case Half half:
                    WriteFinite((double)half);
                    return;
                case decimal money:
                    writer.WriteNumberValue(money);
                    return;
                case BigInteger big:
                    // Checked before formatting: formatting a huge integer takes long and allocates outside any checkpoint.
                    string? digits = big.GetByteCount() <= 420 ? big.ToString(CultureInfo.InvariantCulture) : null;
                    if (digits is null || digits.Length > 1000)
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

                        string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                        if (name.Length > limits.MaxStringLength)
                        {
                            throw new InvalidValueException($"The result has a property name longer than {limits.MaxStringLength} characters.");
                        }

                        writer.WritePropertyName(name);
                        Write(entry.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    return;
                case ITuple tuple:
                    writer.WriteStartArray();
                    for (int i = 0; i < tuple.Length; i++)
                    {
                        Write(tuple[i], depth + 1);
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

                        Write(item, depth + 1);
                    }

                    writer.WriteEndArray();
                    return;
            }

            Type type = value.GetType();
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Generic.KeyValuePair<,>))
            {
                writer.WriteStartArray();
                Write(type.GetProperty("Key")!.GetValue(value), depth + 1);
                Write(type.GetProperty("Value")!.GetValue(value), depth + 1);
                writer.WriteEndArray();
                return;
            }

            if (value is ICustomAttributeProvider or Delegate)
            {
                // Reflection metadata (a member, a type, an assembly, a module, a parameter) and delegates (their Method and
                // Target) are not values: their public properties lead to the host's types, assemblies and file paths
                // (a script reaches them as object: an exception's TargetSite, a delegate, JsonPropertyInfo.AttributeProvider).
                throw new InvalidValueException($"The result holds reflection metadata or a delegate ({(value is Delegate ? "a delegate" : "metadata")}), which is not a value.");
            }

            // Records, anonymous types and plain classes: their public properties and fields.
            writer.WriteStartObject();
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } && property.Name != "EqualityContract")
                {
                    writer.WritePropertyName(property.Name);
                    Write(Unwrap(() => property.GetValue(value)), depth + 1);
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                writer.WritePropertyName(field.Name);
                Write(field.GetValue(value), depth + 1);
            }

            writer.WriteEndObject();
        }

        private void WriteFinite(double number)
        {
            if (!double.IsFinite(number))
            {
                throw new InvalidValueException("The result has a number that is not finite (NaN or infinity).");
            }

            writer.WriteNumberValue(number);
        }
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
}
