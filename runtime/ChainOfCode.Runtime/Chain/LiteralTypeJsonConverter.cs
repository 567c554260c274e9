using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime.Chain;

/// <summary>A <see cref="LiteralType"/> in JSON is its C# spelling (<c>"List&lt;string&gt;"</c>); anything else is refused.</summary>
internal sealed class LiteralTypeJsonConverter : JsonConverter<LiteralType>
{
    public override LiteralType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A literal type is a string.");
        }

        try
        {
            return LiteralType.Parse(reader.GetString()!);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, LiteralType value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
