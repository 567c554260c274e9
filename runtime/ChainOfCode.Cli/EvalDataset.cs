using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ChainOfCode.Cli;

/// <summary>One example of a dataset: the question and the expected answer.</summary>
internal sealed record EvalExample(string Input, string Target);

/// <summary>
/// A dataset in the BIG-Bench Hard format: <c>{"examples": [{"input": "...", "target": "..."}]}</c>
/// (other properties, such as the canary, are kept out of the way). A malformed file is a usage problem
/// with the place named.
/// </summary>
internal static class EvalDataset
{
    public static IReadOnlyList<EvalExample> Parse(string text, string path)
    {
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UsageException($"data file '{path}' is not valid JSON: {CocApp.OneLine(e.Message)}");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("examples", out JsonElement examples) || examples.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"data file '{path}' must be an object with an \"examples\" array.");
        }

        var list = new List<EvalExample>();
        int index = 0;
        foreach (JsonElement example in examples.EnumerateArray())
        {
            index++;
            if (example.ValueKind != JsonValueKind.Object
                || !example.TryGetProperty("input", out JsonElement input) || input.ValueKind != JsonValueKind.String
                || !example.TryGetProperty("target", out JsonElement target) || target.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                throw new UsageException($"data file '{path}': example {index} needs a string \"input\" and a string (or number) \"target\".");
            }

            list.Add(new EvalExample(input.GetString()!, target.ValueKind == JsonValueKind.String ? target.GetString()! : target.GetRawText()));
        }

        if (list.Count == 0)
        {
            throw new UsageException($"data file '{path}' has no examples.");
        }

        return list;
    }

    /// <summary>
    /// The program's answer as text: a string value as it is, a bool as C# prints it (<c>True</c>, <c>False</c>: the
    /// labels' spelling), any other value as its JSON; a program that returns nothing answers with the last line it
    /// printed (models often print the answer instead of returning it).
    /// </summary>
    public static string? Answer(JsonElement? value, string output) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => LastLine(output),
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.True } => bool.TrueString,
        { ValueKind: JsonValueKind.False } => bool.FalseString,
        { } other => other.GetRawText(),
    };

    private static string? LastLine(string output) =>
        output.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length > 0);

    /// <summary>An answer matches when it equals the target, surrounding white space aside.</summary>
    public static bool Matches(string? answer, string target) =>
        answer is not null && string.Equals(answer.Trim(), target.Trim(), StringComparison.Ordinal);
}
