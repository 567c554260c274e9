using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// An emulator that answers from a replies file instead of a model, for offline runs, tests and
/// evaluations. The file is a JSON object:
/// <code>
/// {
///   "calls":      { "IsInCategory(\"violin\", \"musical instruments\")": true },
///   "statements": { "int n = int.Parse(word);": { "n": 2 } }
/// }
/// </code>
/// A call is matched by its name and its argument values (JSON, compared by value); a statement by its
/// source text (whitespace-insensitive). Other properties ("description", ...) are ignored. A request
/// with no reply ends the run with <c>emulation_failed</c> naming what was asked.
/// </summary>
public sealed class ScriptedEmulator : IEmulator
{
    private readonly List<(string Function, IReadOnlyList<JsonElement> Arguments, JsonElement Value)> calls = [];
    private readonly Dictionary<string, JsonElement> statements = new(StringComparer.Ordinal);

    private ScriptedEmulator()
    {
    }

    /// <summary>The number of scripted calls and statements.</summary>
    public int Count => calls.Count + statements.Count;

    /// <summary>Reads a replies file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a replies object (the message says where).</exception>
    public static ScriptedEmulator FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromJson(File.ReadAllText(path));
    }

    /// <summary>Reads replies from JSON text.</summary>
    /// <exception cref="FormatException">The text is not a replies object (the message says where).</exception>
    public static ScriptedEmulator FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException("The replies are not valid JSON: " + e.Message.Split('\n')[0]);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The replies must be a JSON object with \"calls\" and/or \"statements\".");
        }

        var emulator = new ScriptedEmulator();
        if (root.TryGetProperty("calls", out JsonElement calls))
        {
            foreach (JsonProperty reply in Properties(calls, "calls"))
            {
                if (!EmulatedCall.TryParse(reply.Name, out string function, out IReadOnlyList<JsonElement> arguments))
                {
                    throw new FormatException($"\"calls\": '{reply.Name}' is not a call like Name(\"text\", 3).");
                }

                if (emulator.Find(function, arguments) is not null)
                {
                    throw new FormatException($"\"calls\": '{reply.Name}' is listed twice.");
                }

                emulator.calls.Add((function, arguments, reply.Value));
            }
        }

        if (root.TryGetProperty("statements", out JsonElement statements))
        {
            foreach (JsonProperty reply in Properties(statements, "statements"))
            {
                if (reply.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"\"statements\": the reply to '{reply.Name}' must be an object of variable values.");
                }

                if (!emulator.statements.TryAdd(Normalize(reply.Name), reply.Value))
                {
                    throw new FormatException($"\"statements\": '{reply.Name}' is listed twice.");
                }
            }
        }

        if (emulator.Count == 0)
        {
            throw new FormatException("The replies hold no \"calls\" and no \"statements\".");
        }

        return emulator;
    }

    /// <inheritdoc />
    public Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonElement? value = request.Kind == EmulationKind.Call
            ? Find(request.Function ?? string.Empty, request.Arguments)
            : statements.TryGetValue(Normalize(request.Code), out JsonElement found) ? found : null;
        if (value is not { } reply)
        {
            string what = request.Kind == EmulationKind.Call ? request.CallText : $"the statement '{request.Code}'";
            throw new EmulatorException($"The replies file has no reply for {what} (line {request.Line}).");
        }

        return Task.FromResult(EmulatedCall.ToText(reply));
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement section, string name) =>
        section.ValueKind == JsonValueKind.Object
            ? section.EnumerateObject()
            : throw new FormatException($"\"{name}\" must be an object.");

    private static string Normalize(string code) => string.Join(' ', code.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private JsonElement? Find(string function, IReadOnlyList<JsonElement> arguments)
    {
        foreach (var call in calls)
        {
            if (call.Function == function
                && call.Arguments.Count == arguments.Count
                && call.Arguments.Zip(arguments).All(pair => JsonElement.DeepEquals(pair.First, pair.Second)))
            {
                return call.Value;
            }
        }

        return null;
    }
}
