using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime;

/// <summary>The serializer options of the wire form: camelCase properties, snake_case statuses, nulls written.</summary>
public static class ScriptJson
{
    /// <summary>Options for <see cref="ScriptResult"/> and <see cref="ScriptDiagnostic"/>.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
