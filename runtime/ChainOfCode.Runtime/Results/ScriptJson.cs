using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime;

/// <summary>
/// The serializer options of the wire form: camelCase properties, snake_case statuses, nulls written, and no
/// HTML-style escapes (<c>'</c> stays <c>'</c>): the JSON goes to terminals, pipelines, workers and models, never into
/// HTML. <c>coc run --json</c>, the agent tool and <c>coc mcp</c> all answer with <see cref="ScriptResult.ToJson"/>.
/// </summary>
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
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
