using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// labels' spelling), a list of values as its items separated by spaces (the labels of word_sorting and
    /// dyck_languages: <c>["a", "b"]</c> is <c>a b</c>), any other value as its JSON; a program that returns nothing
    /// answers with the last line it printed (models often print the answer instead of returning it).
    /// </summary>
    public static string? Answer(JsonElement? value, string output) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => LastLine(output),
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.True } => bool.TrueString,
        { ValueKind: JsonValueKind.False } => bool.FalseString,
        { ValueKind: JsonValueKind.Array } items when items.EnumerateArray().All(IsScalar)
            => string.Join(' ', items.EnumerateArray().Select(item => Answer(item, string.Empty))),
        { } other => other.GetRawText(),
    };

    private static bool IsScalar(JsonElement item) =>
        item.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static string? LastLine(string output) =>
        output.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length > 0);

    /// <summary>
    /// An answer matches when it equals the target, white space runs aside, or says the same in the task's format:
    /// an option's letter (<c>B</c>, <c>(B)</c>, <c>(B) 12/25/1937</c>, or the text of exactly one option of the
    /// question) for a target <c>(B)</c>; a bool or a word of another case for <c>Yes</c>/<c>No</c>,
    /// <c>True</c>/<c>False</c>, <c>valid</c>/<c>invalid</c> (true is the first); the same number (<c>3.0</c> for
    /// <c>3</c>); the same brackets for a dyck_languages target (<c>)]}</c> for <c>) ] }</c>).
    /// </summary>
    public static bool Matches(string? answer, EvalExample example)
    {
        if (answer is null)
        {
            return false;
        }

        string given = Collapse(answer);
        string target = Collapse(example.Target);
        if (string.Equals(given, target, StringComparison.Ordinal))
        {
            return true;
        }

        if (target is ['(', var letter, ')'] && char.IsAsciiLetterUpper(letter))
        {
            return given == letter.ToString()
                || (given.StartsWith(target, StringComparison.Ordinal) && (given.Length == 3 || given[3] == ' '))
                || OptionLabel(given, example.Input) == target;
        }

        if (Polar.FirstOrDefault(pair => pair.Contains(target, StringComparer.OrdinalIgnoreCase)) is { } words)
        {
            int wanted = Array.FindIndex(words, word => string.Equals(word, target, StringComparison.OrdinalIgnoreCase));
            int meant = Array.FindIndex(words, word => string.Equals(word, given, StringComparison.OrdinalIgnoreCase));
            if (meant < 0)
            {
                meant = Array.FindIndex(Polar[0], word => string.Equals(word, given, StringComparison.OrdinalIgnoreCase));
            }

            return meant == wanted;
        }

        if (decimal.TryParse(target, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return decimal.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) && value == number;
        }

        return target.Length > 0 && target.All(c => c == ' ' || Brackets.Contains(c))
            && string.Equals(given.Replace(" ", string.Empty, StringComparison.Ordinal), target.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // The answer words of the yes/no, true/false and valid/invalid tasks, the word for true first; a bool answer is True/False.
    private static readonly string[][] Polar = [["True", "False"], ["Yes", "No"], ["valid", "invalid"]];

    private const string Brackets = "()[]{}<>";

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    // The label of the one option of the question ("(A) 12/11/1937" on a line of its own) whose text is the answer.
    private static string? OptionLabel(string answer, string input)
    {
        var labels = input.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 4 && line[0] == '(' && char.IsAsciiLetterUpper(line[1]) && line[2] == ')'
                && string.Equals(Collapse(line[3..]), answer, StringComparison.OrdinalIgnoreCase))
            .Select(line => line[..3])
            .ToList();
        return labels.Count == 1 ? labels[0] : null;
    }
}
